package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.DossierWatch;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.HandOffDossier;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.LateDossiers;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.AlertLine;
import vn.motcua.dossier.RecordProvinceDossiers;
import vn.motcua.security.Accounts;
import vn.motcua.security.DemoAccess;

/**
 * The walk in real Chromium: a dossier imported from the province's log already past its due date is found
 * late at once, for its unit (nobody here held it); the head of Kinh tế sees it on their list and gives it to CB04,
 * whose console shows it late; CB04 explains, the head accepts, CB04 drafts the apology with a new date, the director
 * approves it, and the citizen's page shows the new date. Screenshots: target/screenshots/e2e-late-walk-*.png.
 */
@BrowserTest
class LateDossierWalkBrowserTest {

    private static final String CODE = "000.00.23.H22-261116-0042";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    QueueTestData data;
    @Autowired
    Accounts accounts;
    @Autowired
    RecordProvinceDossiers recordProvince;
    @Autowired
    DossierWatch watch;
    @Autowired
    LateDossiers lateDossiers;
    @Autowired
    HandOffDossier handOff;
    @Autowired
    Dossiers dossiers;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @Test
    void anImportedLateDossierIsExplainedAcceptedApologisedForAndTheCitizenSeesTheNewDate() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 30));
        recordProvince.record(List.of(DossierTestData.row(CODE, DossierTestData.KNOWN_PROCEDURE, "0912000555",
                DossierStatus.PROCESSING, LocalDateTime.of(2026, 11, 30, 17, 0), "Phòng Kinh tế")), Actor.SYSTEM);
        watch.run(clock.instant());
        watch.run(clock.instant());

        List<AlertLine> late = lateDossiers.late(DossierScope.everyUnit());
        assertThat(late).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo(CODE);
            assertThat(line.late().orElseThrow().officerId()).as("nobody here held it").isEmpty();
            assertThat(line.late().orElseThrow().headName()).contains("Trần Văn Đức");
        });

        String base = "http://localhost:" + port;
        try (Browser head = Browser.start("late-walk-head", base, 1920, 1080);
                Browser officer = Browser.start("late-walk-officer", base, 1366, 900)) {
            head.signIn("CB02", DemoAccess.PASSWORD).open("/ho-so");
            head.waitForText(By.id("dossiers"), CODE);
            head.waitForText(By.id("dossiers"), "Trễ hạn");
            head.screenshot("late-walk-1-head-list");
            handOff.handOff(Handler.of(accounts.loadUserByUsername("CB02")), CODE, "CB04", null,
                    "Giao xử lý hồ sơ đã quá hạn");

            officer.signIn("CB04", DemoAccess.PASSWORD).open("/counter/4");
            WebElement badge = officer.waitForExactText(By.className("console-held-badge"), "1 quá hạn");
            assertThat(badge.getDomAttribute("class")).contains("console-held-badge-late");
            officer.click(By.className("console-held-open"));
            officer.waitForExactText(By.className("console-held-flag"), "Quá hạn từ 17:00 30/11");
            officer.screenshot("late-walk-2-console");

            officer.open("/ho-so/giai-trinh");
            officer.waitForText(By.cssSelector(".explanation-to-write .explanation-dossier"), CODE);
            officer.choose("Lý do trễ hạn", "Cơ quan khác phối hợp chậm");
            officer.find(By.cssSelector(".explanation-text-field textarea"))
                    .sendKeys("Hồ sơ chuyển từ hệ thống một cửa của tỉnh khi đã quá hạn, chờ ý kiến Phòng Tài nguyên");
            officer.click(By.className("explanation-send"));
            officer.waitForText(By.id("explanations-answer"), "Đã gửi giải trình lần 1 cho hồ sơ " + CODE);
            officer.screenshot("late-walk-3-explained");

            head.open("/ho-so/giai-trinh");
            head.waitForText(By.cssSelector(".explanation-awaiting .explanation-attempt"), "Lần 1");
            head.click(By.className("explanation-accept"));
            head.waitForText(By.id("explanations-answer"), "Đã chấp nhận giải trình hồ sơ " + CODE);
            head.screenshot("late-walk-4-accepted");

            officer.open("/ho-so/xin-loi");
            officer.waitForText(By.id("apologies-late"), CODE);
            officer.find(By.cssSelector("#apology-code input")).sendKeys(CODE, Keys.TAB);
            officer.find(By.cssSelector("#apology-days input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
            String preview = officer.waitForText(By.className("apology-preview"), "Ngày hẹn lại sẽ là: ").getText();
            officer.find(By.cssSelector("#apology-reason textarea")).sendKeys("Chờ ý kiến của Phòng Tài nguyên");
            officer.click(By.id("apology-save"));
            officer.waitForText(By.className("apology-answer"), "chờ lãnh đạo duyệt");
            officer.screenshot("late-walk-5-apology-drafted");
            String newDate = preview.substring(preview.indexOf(": ") + 2).strip();
            assertThat(newDate).isEqualTo("04/12/2026 17:00");

            try (Browser director = Browser.start("late-walk-director", base, 1366, 900)) {
                director.signIn("giamdoc", DemoAccess.PASSWORD).open("/ho-so/xin-loi");
                director.click(By.cssSelector(".apology-card[data-dossier='" + CODE + "'] .apology-approve"));
                director.waitForText(By.className("apology-answer"), "Đã ghi ý kiến của lãnh đạo");
                director.screenshot("late-walk-6-approved");
            }

            Dossier approved = dossiers.find(CODE).orElseThrow();
            assertThat(approved.getNewAppointmentAt()).isPresent();
            try (Browser phone = Browser.start("late-walk-citizen", base, 412, 915)) {
                phone.open("/hs/" + approved.getTrackingToken());
                phone.waitForExactText(By.className("dossier-new-appointment"),
                        "Hẹn lại ngày trả kết quả: " + newDate);
                assertThat(phone.find(By.tagName("body")).getText()).contains("30/11/2026 17:00");
                phone.screenshot("late-walk-7-citizen");
            }
        }
    }
}
