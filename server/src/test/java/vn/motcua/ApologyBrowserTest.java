package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.dossier.Apologies;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.HandOffDossier;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.ReceiveDossier;
import vn.motcua.dossier.Reception;
import vn.motcua.outbox.MessageChannel;
import vn.motcua.outbox.Outbox;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.Caller;
import vn.motcua.queue.CounterWork;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;
import vn.motcua.security.Accounts;
import vn.motcua.security.DemoAccess;

/**
 * The apology in real Chromium: a dossier received on Wednesday 2/12 09:30 (due Monday 7/12 17:00) is held by CB03,
 * who on Friday foresees it will be late and drafts the apology on /ho-so/xin-loi, seeing the new date (three working
 * days more: Thursday 10/12 17:00) before saving; the director approves it there; the paper reads back with the new
 * date, and the citizen's page shows it with the apology. Screenshots: target/screenshots/e2e-apology-*.png.
 */
@BrowserTest
class ApologyBrowserTest {

    private static final String REASON = "Chờ kết quả đo đạc của Văn phòng đăng ký đất đai";

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
    ReceiveDossier receive;
    @Autowired
    HandOffDossier handOff;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Outbox outbox;

    private String code;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @BeforeEach
    void aDossierHeldByCb03() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 30));
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serveTicket.startServing(3);
        code = receive.receive(work.seat(3, new Caller(Actor.user("CB02"), Optional.of(data.officerId("CB02")))),
                new Reception(DossierTestData.KNOWN_PROCEDURE, "Lê Thị Bích", "0912 345 670", null, true, null,
                        Channel.IN_PERSON, null, List.of(0))).getCode();
        handOff.handOff(Handler.of(accounts.loadUserByUsername("CB02")), code, "CB03", null, null);
        clock.set(LocalDateTime.of(2026, 12, 4, 10, 0));
    }

    @Test
    void theOfficerDraftsTheDirectorApprovesAndTheCitizenSeesTheNewDate() throws IOException {
        try (Browser officer = Browser.start("apology-officer", "http://localhost:" + port, 1366, 900)) {
            officer.signIn("CB03", DemoAccess.PASSWORD).open("/");
            officer.click(By.cssSelector("a.home-link[href='/ho-so/xin-loi']"));
            officer.waitForText(By.className("apology-preview"), "Nhập mã hồ sơ và số ngày làm việc");
            officer.find(By.cssSelector("#apology-code input")).sendKeys(code, Keys.TAB);
            WebElement days = officer.find(By.cssSelector("#apology-days input"));
            days.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3", Keys.TAB);
            officer.waitForExactText(By.className("apology-preview"), "Ngày hẹn lại sẽ là: 10/12/2026 17:00");
            officer.find(By.cssSelector("#apology-reason textarea")).sendKeys(REASON);
            officer.screenshot("apology-1-draft-with-new-date");

            officer.click(By.id("apology-save"));
            officer.waitForText(By.className("apology-answer"),
                    "Đã lập phiếu xin lỗi cho hồ sơ " + code + ": hẹn lại 10/12/2026 17:00, chờ lãnh đạo duyệt.");
            officer.waitForText(By.cssSelector(".apology-card .apology-dossier"), code);
            assertThat(officer.all(By.className("apology-approve"))).as("an officer does not decide").isEmpty();
            officer.screenshot("apology-2-drafted");
        }

        try (Browser director = Browser.start("apology-director", "http://localhost:" + port, 1366, 900)) {
            director.signIn("giamdoc", DemoAccess.PASSWORD).open("/ho-so/xin-loi");
            director.waitForText(By.cssSelector(".apology-card[data-dossier='" + code + "'] .apology-card-reason"),
                    REASON);
            director.waitForText(By.cssSelector(".apology-card .apology-dates"),
                    "Hẹn trả 07/12/2026 17:00 → hẹn lại 10/12/2026 17:00");
            director.waitForText(By.cssSelector(".apology-card .apology-drafted"), "Lê Minh Tuấn");
            director.screenshot("apology-3-awaiting-director");

            director.click(By.cssSelector(".apology-card[data-dossier='" + code + "'] .apology-approve"));
            director.waitForText(By.className("apology-answer"), "Đã ghi ý kiến của lãnh đạo");
            director.waitForText(By.id("apologies-awaiting"), "Không có phiếu xin lỗi nào chờ duyệt.");
            director.screenshot("apology-4-approved");

            Browser.Download paper = director.download("/giay-to/ho-so/" + code + "/xin-loi.pdf");
            assertThat(paper.status()).isEqualTo(200);
            assertThat(paper.contentType()).startsWith("application/pdf");
            assertThat(text(paper.body())).contains(code, REASON, "Lê Thị Bích",
                    "Thời gian hẹn lại trả kết quả: 17 giờ 00 phút, ngày 10/12/2026");
        }
        Dossier approved = dossiers.find(code).orElseThrow();
        assertThat(outbox.about(Apologies.SUBJECT, code)).singleElement().satisfies(message -> {
            assertThat(message.getChannel()).isEqualTo(MessageChannel.SMS);
            assertThat(message.getText()).contains("10/12/2026");
        });

        try (Browser phone = Browser.start("apology-citizen", "http://localhost:" + port, 412, 915)) {
            phone.open("/hs/" + approved.getTrackingToken());
            phone.waitForExactText(By.className("dossier-new-appointment"),
                    "Hẹn lại ngày trả kết quả: 10/12/2026 17:00");
            phone.waitForText(By.className("dossier-apology"), "xin lỗi");
            assertThat(phone.find(By.tagName("body")).getText()).contains("07/12/2026 17:00")
                    .doesNotContain("Lê Thị Bích", REASON);
            phone.screenshot("apology-5-citizen-new-date");
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
