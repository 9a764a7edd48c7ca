package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.audit.Actor;
import vn.motcua.catalogue.StepKind;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierHandOff;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.HandOffDossier;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.LateMarks;
import vn.motcua.dossier.LateTestData;
import vn.motcua.dossier.ReceiveDossier;
import vn.motcua.dossier.Reception;
import vn.motcua.dossier.RecordProvinceDossiers;
import vn.motcua.queue.Caller;
import vn.motcua.security.DemoAccess;

/**
 * Late and due-soon dossiers on the screens in real Chromium, each change reaching an open screen by push as the
 * minute watch's will: the officer's console badge turning from amber to red and the held list's flags, the head's
 * list naming who answers and its late/due-soon filter with a late step, and the managers' board counting per unit and
 * the unassigned. Screenshots: target/screenshots/e2e-late-*.png.
 */
@BrowserTest
class LateDossierScreensBrowserTest {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(CenterTime.ZONE);
    private static final DateTimeFormatter FLAG = DateTimeFormatter.ofPattern("HH:mm dd/MM").withZone(CenterTime.ZONE);

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    TestClock.MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReceiveDossier receiveDossier;
    @Autowired
    HandOffDossier handOffDossier;
    @Autowired
    RecordProvinceDossiers recordProvince;
    @Autowired
    Dossiers dossiers;
    @Autowired
    ApplicationContext context;

    private final List<Browser> browsers = new ArrayList<>();
    private LateMarks marks;
    private long cb02;
    private long cb03;
    private long kt;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @BeforeEach
    void wednesdayMorningWithoutDossiers() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 30));
        marks = new LateMarks(context);
        cb02 = data.officerId("CB02");
        cb03 = data.officerId("CB03");
        kt = jdbc.sql("select id from unit where code = 'KT'").query(Long.class).single();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void theConsoleBadgeTurnsFromDueSoonToLateByPushAndTheListFlagsTheDueTime() {
        Dossier held = received();
        // The reception's own check warned of its reception step at once; this test drives the marks itself.
        LateTestData.forgetWatch(jdbc);
        Browser desk = browser("late-desk", 1366, 768);
        desk.signIn("CB02", DemoAccess.PASSWORD).open("/counter/3");
        desk.waitForText(By.className("console-held-open"), "Hồ sơ tôi đang giữ");
        assertThat(desk.all(By.className("console-held-badge")).stream().filter(WebElement::isDisplayed)).isEmpty();
        desk.markPage();

        clock.set(local(held).minusHours(23));
        marks.warn(held, cb02, kt);
        WebElement badge = desk.waitForExactText(By.className("console-held-badge"), "1 sắp đến hạn");
        assertThat(badge.getDomAttribute("class")).contains("console-held-badge-due-soon");
        desk.screenshot("late-desk-due-soon");
        desk.click(By.className("console-held-open"));
        desk.waitForExactText(By.className("console-held-flag"), "Đến hạn " + FLAG.format(held.getDueAt()));
        desk.screenshot("late-desk-held-due-soon");
        desk.click(By.cssSelector(".console-held-dossiers .console-form-cancel"));

        clock.set(local(held).plusMinutes(1));
        marks.late(held, cb02, kt, cb02);
        badge = desk.waitForExactText(By.className("console-held-badge"), "1 quá hạn");
        assertThat(badge.getDomAttribute("class")).contains("console-held-badge-late")
                .doesNotContain("console-held-badge-due-soon");
        desk.screenshot("late-desk-late");
        desk.click(By.className("console-held-open"));
        desk.waitForExactText(By.className("console-held-flag"), "Quá hạn từ " + FLAG.format(held.getDueAt()));
        assertThat(desk.find(By.className("console-held-row")).getDomAttribute("class"))
                .contains("console-held-row-late");
        desk.screenshot("late-desk-held-late");
        desk.assertNotReloaded();
    }

    @Test
    void theHeadsListNamesWhoAnswersFiltersTheLateAndTheBoardCountsThemByPush() {
        Dossier own = received();
        Dossier passedOn = received();
        DossierHandOff handOff = handOffDossier.handOff(officer("CB02", cb02), passedOn.getCode(), "CB03",
                StepKind.APPRAISAL, "Thẩm định");
        recordProvince.record(List.of(DossierTestData.row("XD-9", DossierTestData.OTHER_PROCEDURE, "0912000444",
                DossierStatus.PROCESSING, LocalDateTime.of(2026, 11, 30, 10, 0), "Sở Xây dựng")), Actor.SYSTEM);
        Dossier imported = dossiers.find("XD-9").orElseThrow();
        LateTestData.forgetWatch(jdbc);

        Browser head = browser("late-head", 1920, 1080);
        head.signIn("CB02", DemoAccess.PASSWORD).open("/ho-so");
        head.waitForText(By.id("dossiers"), passedOn.getCode());
        Browser board = browser("late-board", 1920, 1080);
        board.signIn("giamdoc", DemoAccess.PASSWORD).open("/board/dossiers");
        board.waitForExactText(By.className("board-page-title"), "Hồ sơ trễ hạn");
        board.waitForExactText(unitCell("late"), "0");
        head.markPage();
        board.markPage();

        clock.set(local(passedOn).plusMinutes(1));
        marks.late(own, cb02, kt, cb02);
        board.waitForExactText(unitCell("late"), "1 trễ hạn");
        marks.late(passedOn, cb03, kt, cb02);
        marks.stepLate(passedOn, handOff, kt, cb02);
        head.waitForText(By.id("dossiers"), "Trễ hạn — Lê Minh Tuấn, trưởng BP: Trần Văn Đức");
        head.screenshot("late-head-list");
        board.waitForExactText(unitCell("late"), "2 trễ hạn");
        marks.unassigned(imported);
        board.waitForText(By.cssSelector("tr.board-dossier-unit.unassigned"), "Chưa giao cho đơn vị nào");
        board.waitForExactText(By.cssSelector("tr.board-dossier-unit.unassigned td.late"), "1 trễ hạn");
        board.screenshot("late-board");

        head.click(By.xpath("//vaadin-radio-button[normalize-space(.)='Trễ hạn / sắp đến hạn']"));
        head.waitForText(By.id("dossier-alerts"), "Trễ bước Thẩm định (hạn "
                + WHEN.format(handOff.getStepDueAt()) + ")");
        head.waitForText(By.id("dossier-alerts"), "Trễ hạn — Trần Văn Đức, trưởng BP: Trần Văn Đức");
        assertThat(head.find(By.id("dossier-alerts")).getText()).doesNotContain("XD-9");
        head.screenshot("late-head-filter");
        head.assertNotReloaded();
        board.assertNotReloaded();

        Browser manager = browser("late-manager", 1920, 1080);
        manager.signIn("giamdoc", DemoAccess.PASSWORD).open("/ho-so");
        manager.waitForExactText(By.id("dossiers-unassigned"), "Trễ hạn chưa giao cho đơn vị nào: 1 hồ sơ");
        manager.waitForText(By.id("dossiers"), "Trễ hạn — chưa giao cho đơn vị nào");
        manager.screenshot("late-manager-list");
    }

    private Dossier received() {
        return receiveDossier.receive(new Caller(Actor.user("CB02"), Optional.of(cb02)), new Reception(
                DossierTestData.KNOWN_PROCEDURE, "Nguyễn Văn An", "0912 345 678", "001099012345", true, null,
                Channel.POST, null, List.of(0)));
    }

    private static Handler officer(String code, long id) {
        return new Handler(Actor.user(code), Optional.of(id), Optional.empty(), false, false);
    }

    private By unitCell(String column) {
        return By.cssSelector("tr.board-dossier-unit[data-unit='" + kt + "'] td." + column);
    }

    private static LocalDateTime local(Dossier dossier) {
        return LocalDateTime.ofInstant(dossier.getDueAt(), CenterTime.ZONE);
    }

    private Browser browser(String name, int width, int height) {
        Browser browser = Browser.start(name, "http://localhost:" + port, width, height);
        browsers.add(browser);
        return browser;
    }
}
