package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLateness;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.ExplanationRuling;
import vn.motcua.dossier.Explanations;
import vn.motcua.dossier.HandOffDossier;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.LateTestData;
import vn.motcua.dossier.LateExplanation;
import vn.motcua.dossier.LateReason;
import vn.motcua.dossier.ReceiveDossier;
import vn.motcua.dossier.Reception;
import vn.motcua.dossier.internal.DossierLatenessRepository;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.Caller;
import vn.motcua.queue.CounterWork;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;
import vn.motcua.security.Accounts;
import vn.motcua.security.DemoAccess;

/**
 * Giải trình in real Chromium: a dossier received at counter 3 on Wed 2/12/2026 and handed to CB03 is late on Mon 7/12;
 * CB03 explains it from the start page's link, the head of Kinh tế (CB02) returns it with a comment, CB03 reads the
 * comment and writes again, the head accepts. Screenshots: target/screenshots/e2e-explanation-*.png.
 */
@BrowserTest
class ExplanationsBrowserTest {

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
    Explanations explanations;
    @Autowired
    DossierLatenessRepository latenesses;

    private String code;
    private DossierLateness lateness;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @BeforeEach
    void aDossierLateOnCb03sDesk() {
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
        clock.set(LocalDateTime.of(2026, 12, 7, 17, 1));
        Dossier dossier = dossiers.find(code).orElseThrow();
        long kt = jdbc.sql("select id from unit where code = 'KT'").query(Long.class).single();
        lateness = LateTestData.late(latenesses, dossier, 0, data.officerId("CB03"), kt, data.officerId("CB02"),
                clock.instant());
        clock.set(LocalDateTime.of(2026, 12, 8, 8, 0));
    }

    @Test
    void theOfficerExplainsTheHeadReturnsItTheOfficerRewritesAndTheHeadAccepts() {
        try (Browser officer = Browser.start("explanation-officer", "http://localhost:" + port, 1366, 1000);
                Browser head = Browser.start("explanation-head", "http://localhost:" + port, 1366, 1000)) {
            officer.signIn("CB03", DemoAccess.PASSWORD).open("/");
            officer.click(By.cssSelector("a.home-link[href='/ho-so/giai-trinh']"));
            officer.waitForText(By.cssSelector(".explanation-to-write .explanation-dossier"), code);
            officer.waitForText(By.cssSelector(".explanation-to-write .explanation-times"),
                    "Hẹn trả 07/12/2026 17:00 · phát hiện trễ hạn 07/12/2026 17:01 · hạn giải trình 09/12/2026 17:00");
            officer.waitForText(By.cssSelector(".explanation-to-write .explanation-who"),
                    "Cán bộ chịu trách nhiệm: Lê Minh Tuấn (Phòng Kinh tế)");
            officer.click(By.className("explanation-send"));
            officer.waitForText(By.id("explanations-answer"), "Hãy chọn lý do trễ hạn.");
            officer.choose("Lý do trễ hạn", "Cơ quan khác phối hợp chậm");
            officer.find(By.cssSelector(".explanation-text-field textarea"))
                    .sendKeys("Chờ ý kiến của Phòng Tài nguyên và Môi trường");
            officer.screenshot("explanation-1-officer-writes");
            officer.click(By.className("explanation-send"));
            officer.waitForText(By.id("explanations-answer"), "Đã gửi giải trình lần 1 cho hồ sơ " + code);
            officer.waitForText(By.id("explanations-to-write"), "Không có hồ sơ trễ hạn nào cần giải trình.");

            head.signIn("CB02", DemoAccess.PASSWORD).open("/ho-so/giai-trinh");
            head.waitForText(By.cssSelector(".explanation-awaiting .explanation-attempt"),
                    "Lần 1 · Cơ quan khác phối hợp chậm · viết lúc 08/12/2026 08:00");
            head.waitForText(By.cssSelector(".explanation-awaiting .explanation-text"),
                    "Chờ ý kiến của Phòng Tài nguyên và Môi trường");
            head.click(By.className("explanation-return"));
            head.waitForText(By.id("explanations-answer"), "phải ghi rõ nhận xét");
            head.find(By.cssSelector(".explanation-comment textarea")).sendKeys("Nêu rõ ngày gửi văn bản xin ý kiến");
            head.screenshot("explanation-2-head-returns");
            head.click(By.className("explanation-return"));
            head.waitForText(By.id("explanations-answer"), "Đã trả lại giải trình hồ sơ " + code);
            head.waitForText(By.id("explanations-awaiting"), "Không có giải trình nào chờ xem xét.");
            head.waitForText(By.cssSelector("#explanations-missing .explanation-attempts"), "Đã giải trình 1 lần");

            officer.open("/ho-so/giai-trinh");
            officer.waitForText(By.cssSelector(".explanation-to-write .explanation-returned"),
                    "Lần 1 bị trả lại: Nêu rõ ngày gửi văn bản xin ý kiến");
            officer.choose("Lý do trễ hạn", "Cơ quan khác phối hợp chậm");
            officer.find(By.cssSelector(".explanation-text-field textarea")).sendKeys(
                    "Gửi văn bản xin ý kiến ngày 03/12/2026, Phòng Tài nguyên và Môi trường trả lời ngày 08/12/2026");
            officer.screenshot("explanation-3-officer-rewrites");
            officer.click(By.className("explanation-send"));
            officer.waitForText(By.id("explanations-answer"), "Đã gửi giải trình lần 2 cho hồ sơ " + code);

            head.open("/ho-so/giai-trinh");
            head.waitForText(By.cssSelector(".explanation-awaiting .explanation-attempt"), "Lần 2");
            head.click(By.className("explanation-accept"));
            head.waitForText(By.id("explanations-answer"), "Đã chấp nhận giải trình hồ sơ " + code);
            head.waitForText(By.id("explanations-missing"), "Mọi hồ sơ trễ hạn đã có giải trình được chấp nhận.");
            head.screenshot("explanation-4-head-accepts");
        }
        assertThat(explanations.of(lateness)).extracting(LateExplanation::getRuling).containsExactly(
                Optional.of(ExplanationRuling.RETURNED), Optional.of(ExplanationRuling.ACCEPTED));
        assertThat(explanations.of(lateness)).extracting(LateExplanation::getReason)
                .containsOnly(LateReason.OTHER_AGENCY_LATE);
    }
}
