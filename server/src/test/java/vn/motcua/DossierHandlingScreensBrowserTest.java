package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.DutyRoster;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.HandOffDossier;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.ReceiveDossier;
import vn.motcua.dossier.Reception;
import vn.motcua.dossier.SupplementRequest.MissingItem;
import vn.motcua.dossier.SupplementRuling;
import vn.motcua.dossier.Supplements;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.Caller;
import vn.motcua.queue.CounterWork;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.security.Accounts;
import vn.motcua.security.DemoAccess;

/**
 * The dossier handling screens in real Chromium, on a dossier received at counter 3 by the head of Kinh tế (CB02),
 * handed to CB03 after 2 h 15 min and to CB04 after 1 h 30 min, asked once for a supplement that came a day later, then
 * asked again: the unit's list names the holder and the time held, the control slip every holder with their time, the
 * head rules the second request, the citizen's page says paused and what to bring; the admin keeps the duty roster
 * and the agency identifier. Screenshots: target/screenshots/e2e-handling-*.png.
 */
@BrowserTest
class DossierHandlingScreensBrowserTest {

    private static final LocalDate FREE_DAY = LocalDate.of(2026, 11, 28);

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
    CounterWork work;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serveTicket;
    @Autowired
    GiveRating giveRating;
    @Autowired
    ReceiveDossier receive;
    @Autowired
    HandOffDossier handOff;
    @Autowired
    Supplements supplements;
    @Autowired
    Dossiers dossiers;
    @Autowired
    CenterSettings settings;
    @Autowired
    DutyRoster roster;

    private String code;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @BeforeEach
    void aDossierHandledByThreeOfficers() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 11, 23, 9, 0));
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serveTicket.startServing(3);
        code = receive.receive(work.seat(3, new Caller(Actor.user("CB02"), Optional.of(data.officerId("CB02")))),
                new Reception(DossierTestData.KNOWN_PROCEDURE, "Lê Thị Bích", "0912 345 670", null, true,
                        "Lê Văn Cường", Channel.IN_PERSON, null, List.of(0, 1))).getCode();
        giveRating.rate(3, RatingLevel.SATISFIED);
        clock.advance(Duration.ofMinutes(135));
        handOff.handOff(handler("CB02"), code, "CB03", null, null);
        clock.advance(Duration.ofMinutes(90));
        handOff.handOff(handler("CB03"), code, "CB04", null, "Thẩm định hồ sơ đất");
        clock.advance(Duration.ofMinutes(45));
        supplements.ask(handler("CB04"), code, List.of(new MissingItem("Bản sao sổ đỏ", "để đối chiếu thửa đất")),
                null);
        clock.advance(Duration.ofDays(1));
        supplements.supplied(handler("CB04"), code);
        clock.advance(Duration.ofHours(1));
        supplements.ask(handler("CB04"), code, List.of(new MissingItem("Trích đo địa chính", "ranh giới thửa đất")),
                "Ranh giới trong bản sao khác hiện trạng");
        clock.advance(Duration.ofMinutes(30));
    }

    @AfterEach
    void demoSettingsBack() {
        jdbc.sql("update center set agency_code = '000.00.23.H22', province_rating_form = false").update();
        jdbc.sql("delete from leader_on_duty where duty_day = ?").param(FREE_DAY).update();
    }

    @Test
    void theUnitsListAndTheControlSlipNameEveryHolderWithTheTimeHeld() {
        try (Browser head = Browser.start("handling-head", "http://localhost:" + port, 1366, 900)) {
            head.signIn("CB02", DemoAccess.PASSWORD).open("/ho-so");
            head.waitForText(By.id("dossiers"), code);
            head.waitForText(By.id("dossiers"), "Phạm Thu Trang");
            head.waitForText(By.id("dossiers"), "23/11/2026 12:45 · 1 ngày 2 giờ");
            head.screenshot("handling-1-unit-list");

            head.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + code + "']"));
            head.waitForText(By.id("dossier-detail-holder"), "Đang giữ: Phạm Thu Trang, từ 23/11/2026 12:45");
            head.waitForPageText("Người nộp: Lê Thị Bích (nộp trực tiếp)");
            head.waitForText(By.id("dossier-documents"), "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân");
            scrollTo(head.find(By.id("dossier-ratings")));
            head.waitForText(By.id("dossier-ratings"), "Hài lòng · phiếu C001 · cán bộ tại quầy: Trần Văn Đức"
                    + " · cán bộ đã giải quyết: Trần Văn Đức, Lê Minh Tuấn, Phạm Thu Trang");
            head.screenshot("handling-2-detail");
            // The two supplement requests were texted to the applicant, whose phone shows only its last 3 digits.
            scrollTo(head.find(By.id("dossier-messages")));
            head.waitForText(By.id("dossier-messages"), "cần bổ sung: Bản sao sổ đỏ");
            head.waitForText(By.id("dossier-messages"), "cần bổ sung: Trích đo địa chính");
            head.waitForText(By.id("dossier-messages"), "•••••••••670");
            head.waitForText(By.id("dossier-messages"), "Đang chờ gửi");
            assertThat(head.find(By.id("dossier-messages")).getText()).doesNotContain("0912");
            head.screenshot("handling-2b-messages");
            scrollTo(head.find(By.id("dossier-detail-slip")));

            head.click(By.id("dossier-detail-slip"));
            head.waitForText(By.className("slip-code"), code);
            List<WebElement> lines = head.all(By.cssSelector("#slip-holders tbody tr"));
            assertThat(lines).hasSize(3);
            assertThat(cells(lines.get(0), "slip-taker")).contains("Trần Văn Đức", "Phòng Kinh tế");
            assertThat(cells(lines.get(0), "slip-held-for")).isEqualTo("2 giờ 15 phút");
            assertThat(cells(lines.get(0), "slip-handed-at")).isEqualTo("23/11/2026 09:00");
            assertThat(cells(lines.get(1), "slip-giver")).contains("Trần Văn Đức");
            assertThat(cells(lines.get(1), "slip-taker")).contains("Lê Minh Tuấn");
            assertThat(cells(lines.get(1), "slip-held-for")).isEqualTo("1 giờ 30 phút");
            assertThat(cells(lines.get(2), "slip-taker")).contains("Phạm Thu Trang");
            assertThat(cells(lines.get(2), "slip-held-for")).isEqualTo("1 ngày 2 giờ");
            assertThat(lines.get(2).getText()).contains("Đang giữ");
            assertThat(lines.get(0).getText()).doesNotContain("Đang giữ");
            List<WebElement> asked = head.all(By.cssSelector("#slip-supplements tbody tr"));
            assertThat(asked).hasSize(2);
            assertThat(asked.get(0).getText()).contains("Bản sao sổ đỏ — để đối chiếu thửa đất", "24/11/2026 13:30",
                    "1 ngày 0 giờ", "Yêu cầu lần đầu");
            assertThat(asked.get(1).getText()).contains("Trích đo địa chính", "Chưa bổ sung", "Đang tạm dừng (30 phút)",
                    "Chờ trưởng bộ phận xem xét", "Ranh giới trong bản sao khác hiện trạng");
            head.waitForText(By.id("slip-outcome"), "Chưa có kết quả giải quyết.");
            head.screenshot("handling-3-control-slip");
        }
    }

    @Test
    void theHeadOfUnitRulesTheSecondRequestAndTheCitizenSeesWhatToBring() {
        try (Browser head = Browser.start("handling-rulings", "http://localhost:" + port, 1366, 900)) {
            head.signIn("CB02", DemoAccess.PASSWORD).open("/");
            head.click(By.cssSelector("a.home-link[href='/ho-so/bo-sung-lan-sau']"));
            head.waitForText(By.cssSelector(".ruling-card .ruling-dossier"), code);
            head.waitForPageText("Cán bộ Phạm Thu Trang (Phòng Kinh tế) yêu cầu lúc 24/11/2026 14:30");
            head.screenshot("handling-4-rulings-awaiting");

            head.click(By.cssSelector(".ruling-card .ruling-unjustified"));
            head.waitForText(By.className("ruling-answer"), "phải ghi rõ nhận xét");
            head.find(By.cssSelector(".ruling-card .ruling-comment textarea"))
                    .sendKeys("Ranh giới đã có trong hồ sơ nộp lần đầu");
            head.click(By.cssSelector(".ruling-card .ruling-unjustified"));
            head.waitForText(By.cssSelector(".ruling-violation .ruling-verdict"),
                    "Không có lý do chính đáng: vi phạm của cán bộ Phạm Thu Trang (ý kiến của Trần Văn Đức)");
            head.waitForText(By.className("rulings-none"), "Không có yêu cầu bổ sung lần sau nào chờ xem xét.");
            head.screenshot("handling-5-rulings-record");
        }
        assertThat(supplements.of(dossiers.find(code).orElseThrow()).get(1).getRuling())
                .contains(SupplementRuling.UNJUSTIFIED);

        Dossier dossier = dossiers.find(code).orElseThrow();
        try (Browser phone = Browser.start("handling-citizen", "http://localhost:" + port, 412, 915)) {
            phone.open("/hs/" + dossier.getTrackingToken());
            phone.waitForExactText(By.className("dossier-clock-stopped"), "Chờ công dân bổ sung — thời hạn tạm dừng");
            phone.waitForText(By.className("dossier-missing"), "Trích đo địa chính — ranh giới thửa đất");
            phone.waitForText(By.className("dossier-due-note"), "tạm dừng từ 24/11/2026 14:30");
            assertThat(phone.all(By.className("dossier-overdue"))).isEmpty();
            assertThat(phone.find(By.tagName("body")).getText()).doesNotContain("Lê Thị Bích", "Bản sao sổ đỏ");
            phone.screenshot("handling-6-citizen-paused");
        }
    }

    @Test
    void theAdminPutsALeaderOnDutyAndSetsTheAgencyIdentifier() {
        try (Browser admin = Browser.start("handling-admin", "http://localhost:" + port, 1366, 1000)) {
            admin.signIn("admin", DemoAccess.PASSWORD).open("/");
            admin.click(By.cssSelector("a.home-link[href='/admin/duty']"));
            admin.waitForText(By.cssSelector("tr[data-day='2026-11-24'] .duty-who"), "Chủ tịch UBND xã Nguyễn Văn Bình");
            admin.waitForText(By.cssSelector("tr[data-day='2026-11-28'] .duty-who"), "Chưa có lãnh đạo trực");
            admin.click(By.cssSelector("tr[data-day='2026-11-28'] .duty-change"));
            admin.find(By.cssSelector("#duty-name input")).sendKeys("Lê Quang Hải");
            admin.find(By.cssSelector("#duty-title input")).sendKeys("Giám đốc Trung tâm");
            admin.click(By.id("duty-save"));
            admin.waitForText(By.id("duty-result"), "Đã lưu lịch trực");
            admin.waitForText(By.cssSelector("tr[data-day='2026-11-28'] .duty-who"), "Giám đốc Trung tâm Lê Quang Hải");
            admin.screenshot("handling-7-duty-roster");
            assertThat(roster.on(FREE_DAY)).hasValueSatisfying(leader -> assertThat(leader.signature())
                    .isEqualTo("Giám đốc Trung tâm Lê Quang Hải"));

            admin.open("/admin/settings");
            WebElement agency = admin.find(By.cssSelector("#setting-agency-code input"));
            assertThat(agency.getDomProperty("value")).isEqualTo("000.00.23.H22");
            agency.clear();
            agency.sendKeys("23 H22!");
            admin.click(By.id("settings-save"));
            admin.waitForText(By.id("settings-result"), "Mã định danh cơ quan \"23 H22!\" không đúng dạng");
            admin.screenshot("handling-8-settings-refused");
            assertThat(settings.agencyCode()).isEqualTo("000.00.23.H22");

            agency = admin.find(By.cssSelector("#setting-agency-code input"));
            agency.clear();
            agency.sendKeys("000.00.31.H56");
            admin.click(By.cssSelector("#setting-province-rating-form > label"));
            admin.click(By.id("settings-save"));
            admin.waitForText(By.id("settings-result"), "Đã lưu");
            admin.screenshot("handling-9-settings-saved");
        }
        assertThat(settings.agencyCode()).isEqualTo("000.00.31.H56");
        assertThat(settings.provinceRatingForm()).isTrue();
    }

    /** Brings an element of the dialog's scrolled content into view: Chromium reads only what is shown. */
    private static void scrollTo(WebElement element) {
        ((JavascriptExecutor) ((WrapsDriver) element).getWrappedDriver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static String cells(WebElement row, String className) {
        return row.findElement(By.className(className)).getText().trim();
    }

    private Handler handler(String username) {
        return Handler.of(accounts.loadUserByUsername(username));
    }
}
