package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.audit.Actor;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.HandOffDossier;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.ReceiveDossier;
import vn.motcua.dossier.Reception;
import vn.motcua.dossier.RecordProvinceDossiers;
import vn.motcua.dossier.SupplementRequest.MissingItem;
import vn.motcua.dossier.Supplements;
import vn.motcua.dossier.ViolationFilter;
import vn.motcua.dossier.ViolationKind;
import vn.motcua.dossier.ViolationRegister;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.Caller;
import vn.motcua.queue.CounterWork;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;
import vn.motcua.security.Accounts;
import vn.motcua.security.DemoAccess;

/**
 * The register of violations in real Chromium. A Kinh tế dossier received by the head CB02 and handed to CB03, who asks
 * a second time without valid reason (CB02 rules so); the manager records a Tư pháp dossier returned through CB01's
 * fault. The head sees their unit's entries only, each naming the officer and themselves as jointly liable, and
 * records a return through CB04's fault; CB03 sees their own entry only. Screenshots: target/screenshots/e2e-violations-*.
 */
@BrowserTest
class ViolationsBrowserTest {

    private static final List<MissingItem> MISSING = List.of(new MissingItem("Trích đo địa chính", "ranh giới thửa"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock.MutableClock clock;
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
    ReceiveDossier receive;
    @Autowired
    HandOffDossier handOff;
    @Autowired
    Supplements supplements;
    @Autowired
    RecordProvinceDossiers recordProvinceDossiers;
    @Autowired
    ViolationRegister register;

    private String code;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @BeforeEach
    void cb03AskedTwiceAndCb01ReturnedADossierThroughTheirFault() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 0));
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serveTicket.startServing(3);
        code = receive.receive(work.seat(3, new Caller(Actor.user("CB02"), Optional.of(data.officerId("CB02")))),
                new Reception(DossierTestData.KNOWN_PROCEDURE, "Lê Thị Bích", "0912 345 670", null, true, null,
                        Channel.IN_PERSON, null, List.of(0))).getCode();
        handOff.handOff(handler("CB02"), code, "CB03", null, null);
        clock.advance(Duration.ofHours(1));
        supplements.ask(handler("CB03"), code, MISSING, null);
        clock.advance(Duration.ofHours(2));
        supplements.supplied(handler("CB03"), code);
        supplements.ask(handler("CB03"), code, MISSING, "Quên hỏi lần trước");
        clock.advance(Duration.ofHours(1));
        supplements.rule(handler("CB02"), code, 2, false, "Ranh giới đã phải hỏi ngay lần đầu");
        DossierTestData.record(recordProvinceDossiers);
        register.record(handler("giamdoc"), "TP-1", "CB01", ViolationKind.RETURNED_BY_FAULT,
                "Trả lại hồ sơ vì cán bộ làm thất lạc giấy khai sinh bản sao");
        clock.advance(Duration.ofMinutes(30));
    }

    @Test
    void theHeadSeesTheirUnitsEntriesJointlyLiableAndRecordsAReturnByFault() {
        try (Browser head = Browser.start("violations-head", "http://localhost:" + port, 1500, 1000)) {
            head.signIn("CB02", DemoAccess.PASSWORD).open("/");
            head.click(By.cssSelector("a.home-link[href='/vi-pham']"));
            WebElement cb03 = head.waitForText(By.cssSelector("tr.violation-row[data-officer='CB03']"),
                    "Yêu cầu bổ sung lần sau không có lý do chính đáng");
            assertThat(cb03.getText()).contains(code, "Lê Minh Tuấn (CB03)", "Phòng Kinh tế",
                    "Liên đới: Trần Văn Đức (CB02)", "lý do: Quên hỏi lần trước",
                    "Ranh giới đã phải hỏi ngay lần đầu", "02/12/2026 13:00");
            assertThat(head.all(By.cssSelector("tr.violation-row[data-officer='CB01']")))
                    .as("another unit's entry").isEmpty();

            head.find(By.cssSelector("#violation-form-dossier input")).sendKeys(code);
            head.choose("Cán bộ có lỗi", "Phạm Thu Trang (CB04)");
            head.click(By.id("violation-form-record"));
            head.waitForText(By.id("violation-form-answer"), "Cần ghi rõ chứng cứ của vi phạm");
            head.find(By.cssSelector("#violation-form-evidence textarea"))
                    .sendKeys("Trả hồ sơ cho công dân vì cán bộ nhập sai tên chủ hồ sơ trên tờ khai");
            head.click(By.id("violation-form-record"));
            head.waitForText(By.id("violation-form-answer"),
                    "Đã ghi nhận vi phạm của Phạm Thu Trang đối với hồ sơ " + code + ".");
            WebElement cb04 = head.waitForText(By.cssSelector("tr.violation-row[data-officer='CB04']"),
                    "Hồ sơ bị trả lại do lỗi của cán bộ");
            assertThat(cb04.getText()).contains("Phạm Thu Trang (CB04)", "Liên đới: Trần Văn Đức (CB02)",
                    "nhập sai tên chủ hồ sơ", "02/12/2026 13:30");
            head.waitForText(By.id("violations-count"), "Có 2 vi phạm.");
            head.screenshot("violations-1-head");

            head.click(By.cssSelector("tr.violation-row[data-officer='CB04'] a.violation-slip"));
            head.waitForText(By.className("slip-code"), code);
            head.screenshot("violations-2-control-slip");
        }
        assertThat(register.read(handler("giamdoc"), new ViolationFilter(null, null, null, "CB04")))
                .singleElement().satisfies(entry -> assertThat(entry.violation().getRecordedBy()).isEqualTo("CB02"));
    }

    @Test
    void anOfficerSeesTheirOwnEntriesOnlyAndNoForm() {
        try (Browser officer = Browser.start("violations-officer", "http://localhost:" + port, 1500, 900)) {
            officer.signIn("CB03", DemoAccess.PASSWORD).open("/");
            officer.click(By.cssSelector("a.home-link[href='/vi-pham']"));
            officer.waitForText(By.id("violations-scope"), "chỉ xem được vi phạm của chính mình");
            officer.waitForText(By.cssSelector("tr.violation-row[data-officer='CB03']"), "Liên đới: Trần Văn Đức");
            assertThat(officer.all(By.cssSelector("tr.violation-row"))).hasSize(1);
            assertThat(officer.all(By.id("violation-form"))).isEmpty();
            officer.screenshot("violations-3-officer");
        }
    }

    private Handler handler(String username) {
        return Handler.of(accounts.loadUserByUsername(username));
    }
}
