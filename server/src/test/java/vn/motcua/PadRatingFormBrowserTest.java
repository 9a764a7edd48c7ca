package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.LinkVisit;
import vn.motcua.dossier.ProvinceDossier;
import vn.motcua.dossier.RecordProvinceDossiers;
import vn.motcua.dossier.VisitPurpose;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.Caller;
import vn.motcua.queue.CounterWork;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;

/**
 * The province's rating form on the pad in real headless Chromium (1280x800), where the center uses it: a citizen
 * collecting a result rates the visit with a face, then answers the form, dissatisfied with a reason, and it is
 * stored; the next citizen walks away from the form and the pad goes back to waiting with nothing stored.
 * Screenshots land in target/screenshots/e2e-pad-form*.png.
 */
@BrowserTest
@TestPropertySource(properties = {"motcua.pad.thanks-timeout=2s", "motcua.pad.form-timeout=8s"})
class PadRatingFormBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    CounterWork work;
    @Autowired
    LinkVisit linkVisit;
    @Autowired
    RecordProvinceDossiers recordProvinceDossiers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenCollectingAResultAnswersTheProvincesFormAfterTheFace() {
        data.startOfDay();
        data.setting("province_rating_form", true);
        String first = dossier();
        String second = dossier();
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        try (Browser pad = Browser.start("pad-form", "http://localhost:" + port, 1280, 800)) {
            try {
                pad.openAsDevice("demo-pad-1", "/pad/1");
                pad.waitForExactText(By.className("pad-waiting-title"), "Xin chào ông/bà");
                pad.markPage();

                // The officer at counter 1 hands the result back, finishes, and the citizen rates with a face.
                collect(first);
                pad.waitForExactText(By.className("pad-number"), "A001");
                serve.finish(1);
                pad.click(By.className("score-satisfied"));
                pad.waitForExactText(By.className("pad-form-title"), "Mời ông/bà đánh giá việc giải quyết hồ sơ");
                pad.waitForText(By.className("pad-form-codes"), first);
                assertThat(pad.all(By.cssSelector(".question-1 .pad-form-answer"))).extracting(WebElement::getText)
                        .containsExactly("Rất hài lòng", "Hài lòng", "Không hài lòng");
                assertThat(pad.all(By.cssSelector(".pad-form-answer, .pad-form-point, .pad-form-next")))
                        .hasSize(6 + 9 + 1)
                        .allSatisfy(target -> assertThat(target.getRect().getHeight()).as(target.getText())
                                .isGreaterThanOrEqualTo(64));
                look(pad, "pad-form");

                pad.click(By.cssSelector(".question-1 .answer-dissatisfied"));
                pad.click(By.cssSelector(".question-2 .answer-satisfied"));
                pad.click(By.cssSelector(".criterion-attitude .point-1"));
                pad.waitForExactText(By.className("pad-form-next"), "Tiếp tục");
                pad.waitForText(By.cssSelector(".criterion-attitude .chosen"), "1 điểm");
                look(pad, "pad-form-answered");
                pad.click(By.className("pad-form-next"));

                // "Không hài lòng" needs its reason: nothing is sent without one.
                pad.waitForExactText(By.cssSelector(".pad-form-why .pad-reasons-title"),
                        "Vì sao ông/bà không hài lòng?");
                assertThat(pad.find(By.className("pad-form-send")).getDomAttribute("disabled")).isNotNull();
                pad.click(By.cssSelector(".pad-form-why .reason-waited-long"));
                pad.find(By.cssSelector(".pad-form-own-words textarea")).sendKeys("Phải đi lại hai lần");
                pad.waitForText(By.cssSelector(".pad-form-why .chosen"), "Phải chờ lâu");
                look(pad, "pad-form-why");
                pad.click(By.className("pad-form-send"));
                pad.waitForExactText(By.className("pad-thanks"), "Cảm ơn ông/bà đã đánh giá!");
                assertThat(forms()).containsExactly(first + " DISSATISFIED SATISFIED 2,-,2,-,-,-,1,-,-"
                        + " Phải chờ lâu; Phải đi lại hai lần");

                // The next citizen starts the form and walks away: the pad waits again and stores nothing.
                pad.waitForExactText(By.className("pad-waiting-title"), "Xin chào ông/bà");
                collect(second);
                pad.waitForExactText(By.className("pad-number"), "A002");
                pad.click(By.className("score-very-satisfied"));
                pad.waitForText(By.className("pad-form-codes"), second);
                pad.click(By.cssSelector(".question-1 .answer-very-satisfied"));
                pad.waitForExactText(By.className("pad-waiting-title"), "Xin chào ông/bà");
                assertThat(forms()).hasSize(1);
                assertThat(data.count("rating")).isEqualTo(2);
                pad.assertNotReloaded();
            } catch (RuntimeException | AssertionError failed) {
                pad.screenshot("pad-form-failed");
                throw failed;
            }
        }
    }

    /** Counter 1 calls the next ticket of the return service and hands the dossier's result back on it. */
    private void collect(String code) {
        callNext.callNext(1);
        serve.startServing(1);
        linkVisit.link(work.seat(1, new Caller(Actor.user("CB01"), Optional.of(data.officerId("CB01")))), code,
                VisitPurpose.COLLECTION);
    }

    /** A dossier of the province's log with its result ready, under a code no other test uses. */
    private String dossier() {
        String code = "000.00.23.H22-" + UUID.randomUUID().toString().substring(0, 13);
        Instant received = clock.instant().minus(Duration.ofDays(3));
        recordProvinceDossiers.record(List.of(new ProvinceDossier(code, "1.004873", "Nguyễn Văn An", "0912345678",
                received, received.plus(Duration.ofDays(10)), DossierStatus.DONE, null, null, null)), Actor.SYSTEM);
        return code;
    }

    private List<String> forms() {
        return jdbc.sql("""
                select d.code, f.answer_one, f.answer_two, f.scores, f.reason from dossier_rating_form f
                join dossier d on d.id = f.dossier_id order by f.answered_at""")
                .query((row, i) -> String.join(" ", row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5))).list();
    }

    private static void look(Browser pad, String screen) {
        Path shot = pad.screenshot(screen);
        assertThat(shot).isNotEmptyFile();
    }
}
