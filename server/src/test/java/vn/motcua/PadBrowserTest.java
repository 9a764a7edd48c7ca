package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;

/**
 * The rating pad in real headless Chromium on a landscape tablet (1280x800), opened before anybody is served and
 * never reloaded: waiting, a ticket to rate with the center's 4 and then 5 faces, the reasons after a low score,
 * thanks, and back to waiting. Screenshots of each land in target/screenshots/e2e-pad-*.png.
 */
@BrowserTest
@TestPropertySource(properties = "motcua.pad.thanks-timeout=2s")
class PadBrowserTest {

    private static final String OFFICER = "Nguyễn Thị Hương";

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorRatesOnTheTabletAndExplainsALowScore() {
        data.startOfDay();
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        try (Browser pad = Browser.start("pad", "http://localhost:" + port, 1280, 800)) {
            try {
                pad.openAsDevice("demo-pad-1", "/pad/1");
                pad.waitForExactText(By.className("pad-waiting-title"), "Xin chào ông/bà");
                pad.waitForExactText(By.className("pad-counter"), "Quầy 1");
                look(pad, "pad-waiting");
                pad.markPage();

                // The officer calls A001 and starts serving: the pad offers it by push, with the default four faces.
                callNext.callNext(1);
                serve.startServing(1);
                pad.waitForExactText(By.className("pad-number"), "A001");
                pad.waitForExactText(By.className("pad-officer"), "Cán bộ phục vụ: " + OFFICER);
                for (String face : List.of("very-satisfied", "satisfied", "neutral", "unsatisfied")) {
                    pad.waitForImage(By.cssSelector(".score-" + face + " .pad-face"));
                }
                assertThat(pad.all(By.className("pad-button"))).hasSize(4);
                look(pad, "pad-4-faces");

                // A low score: the score is stored at once, then the pad asks why.
                serve.finish(1);
                pad.click(By.className("score-unsatisfied"));
                pad.waitForExactText(By.className("pad-reasons-title"), "Ông/bà chưa hài lòng về điều gì?");
                assertThat(levels()).containsExactly("A001 UNSATISFIED");
                assertThat(pad.find(By.className("pad-send")).getDomAttribute("disabled")).isNotNull();
                pad.click(By.className("reason-waited-long"));
                pad.click(By.className("reason-documents-repeated"));
                pad.waitForText(By.cssSelector(".pad-reason.chosen"), "Phải chờ lâu");
                look(pad, "pad-reasons");
                pad.click(By.className("pad-send"));
                pad.waitForExactText(By.className("pad-thanks"), "Cảm ơn ông/bà đã đánh giá!");
                pad.waitForImage(By.className("pad-thanks-mark"));
                look(pad, "pad-thanks");
                assertThat(jdbc.sql("select reason from rating_reason").query(String.class).list())
                        .containsExactlyInAnyOrder("WAITED_LONG", "DOCUMENTS_REPEATED");

                // The thank-you screen gives way; the next visitor meets the five-level scale the center set meanwhile.
                pad.waitForExactText(By.className("pad-waiting-title"), "Xin chào ông/bà");
                data.setting("rating_scale", 5);
                callNext.callNext(1);
                serve.startServing(1);
                pad.waitForExactText(By.className("pad-number"), "A002");
                pad.waitForImage(By.cssSelector(".score-very-unsatisfied .pad-face"));
                assertThat(pad.all(By.className("pad-button"))).extracting(WebElement::getText)
                        .containsExactly("Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng",
                                "Rất không hài lòng");
                look(pad, "pad-5-faces");

                // A USB HID pad types "5": the worst face of this scale.
                pad.find(By.tagName("body")).sendKeys("5");
                pad.waitForExactText(By.className("pad-reasons-title"), "Ông/bà chưa hài lòng về điều gì?");
                pad.click(By.className("pad-skip"));
                pad.waitForExactText(By.className("pad-thanks"), "Cảm ơn ông/bà đã đánh giá!");
                assertThat(levels()).containsExactly("A001 UNSATISFIED", "A002 VERY_UNSATISFIED");
                pad.assertNotReloaded();
            } catch (RuntimeException | AssertionError failed) {
                pad.screenshot("pad-failed");
                throw failed;
            }
        }
    }

    private List<String> levels() {
        return jdbc.sql("select t.number, r.level from rating r join ticket t on t.id = r.ticket_id order by t.number")
                .query((row, i) -> row.getString(1) + " " + row.getString(2)).list();
    }

    private static void look(Browser pad, String screen) {
        Path shot = pad.screenshot(screen);
        assertThat(shot).isNotEmptyFile();
    }
}
