package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.feedback.FollowUps;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.security.DemoAccess;

/**
 * Every dissatisfied rating followed up, in real Chromium. At 08:00 D001 (CB04, Kinh tế, counter 4) was rated "không
 * hài lòng" and nobody followed it up within the center's two hours: at 10:01 it went up to the managers. At 10:01
 * the visitor of D002 presses "không hài lòng" on counter 4's pad and chooses a reason; CB02, head of Kinh tế, opens
 * /danh-gia/theo-doi from the start page, sees the overdue one in red first, records the contact and the resolution of
 * D002 in the dialog; a third rating appears by push; the director's board counts what is still open.
 * Screenshots: target/screenshots/e2e-follow-ups-*.png.
 */
@BrowserTest
class FollowUpsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock.MutableClock clock;
    @Autowired
    QueueTestData data;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    GiveRating giveRating;
    @Autowired
    FollowUps followUps;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    /** D001 rated "không hài lòng" at 08:00, overdue and sent up to the managers at 10:01. */
    @BeforeEach
    void anOverdueFollowUp() {
        data.startOfDay();
        data.setting("follow_up_hours", 2);
        clock.set(LocalDateTime.of(2026, 12, 2, 8, 0));
        rated(RatingLevel.UNSATISFIED);
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        assertThat(followUps.escalate(clock.instant())).isEqualTo(1);
    }

    @Test
    void thePadsDissatisfiedRatingIsFollowedUpByTheHeadOfUnitAndCountedOnTheBoard() {
        try (Browser pad = Browser.start("follow-ups-pad", "http://localhost:" + port, 1280, 800);
                Browser head = Browser.start("follow-ups-head", "http://localhost:" + port, 1400, 1000)) {
            pad.openAsDevice("demo-pad-4", "/pad/4");
            pad.waitForExactText(By.className("pad-counter"), "Quầy 4");
            issueTicket.issue("XD-GP", PriorityCategory.NONE);
            callNext.callNext(4);
            serve.startServing(4);
            pad.waitForExactText(By.className("pad-number"), "D002");
            pad.click(By.className("score-unsatisfied"));
            pad.waitForExactText(By.className("pad-reasons-title"), "Ông/bà chưa hài lòng về điều gì?");
            pad.click(By.className("reason-attitude"));
            pad.click(By.className("pad-send"));
            pad.waitForExactText(By.className("pad-thanks"), "Cảm ơn ông/bà đã đánh giá!");

            head.signIn("CB02", DemoAccess.PASSWORD).open("/");
            head.click(By.cssSelector("a.home-link[href='/danh-gia/theo-doi']"));
            WebElement overdue = head.waitForText(By.cssSelector(".followup-card[data-ticket='D001']"),
                    "đã chuyển lãnh đạo");
            assertThat(overdue.getAttribute("class")).contains("late", "escalated");
            assertThat(overdue.getText()).contains("Quá hạn", "Hạn xử lý: 02/12/2026 10:00", "Phạm Thu Trang",
                    "Không hài lòng");
            WebElement padRated = head.waitForText(By.cssSelector(".followup-card[data-ticket='D002']"),
                    "Thái độ phục vụ chưa tốt");
            assertThat(padRated.getText()).contains("Phiếu D002 – Cấp giấy phép xây dựng nhà ở riêng lẻ – quầy 4",
                    "Hạn xử lý: 02/12/2026 12:01", "Chưa liên hệ người dân.");
            assertThat(head.all(By.cssSelector(".followup-card")).getFirst().getAttribute("data-ticket"))
                    .as("the overdue one first").isEqualTo("D001");
            shot(head, "follow-ups-1-list");

            head.click(By.cssSelector(".followup-card[data-ticket='D002'] .followup-handle"));
            head.find(By.cssSelector("#followup-note textarea"))
                    .sendKeys("Gọi điện lúc 10 giờ 30; ông phàn nàn cán bộ trả lời cộc lốc.");
            head.click(By.id("followup-save-contact"));
            head.waitForText(By.id("followup-dialog-answer"), "Đã lưu nội dung liên hệ.");
            head.find(By.cssSelector("#followup-resolution-text textarea")).sendKeys("Xong");
            head.click(By.id("followup-resolve"));
            head.waitForText(By.id("followup-dialog-answer"), "Kết quả xử lý cần từ 5 đến 2000 ký tự.");
            head.find(By.cssSelector("#followup-resolution-text textarea"))
                    .sendKeys(": đã xin lỗi ông, nhắc cán bộ CB04 giữ thái độ đúng mực.");
            shot(head, "follow-ups-2-dialog");
            head.click(By.id("followup-resolve"));
            head.waitForText(By.id("followups-answer"), "Đã lưu kết quả xử lý phiếu D002.");
            assertThat(head.all(By.cssSelector(".followup-card[data-ticket='D002']"))).as("resolved, not open")
                    .isEmpty();

            // A third rating while the list is open: it appears without a reload.
            head.markPage();
            serve.finish(4);
            rated(RatingLevel.UNSATISFIED);
            head.waitForText(By.cssSelector(".followup-card[data-ticket='D003']"), "Chưa liên hệ người dân.");
            head.assertNotReloaded();
            head.click(By.id("followups-open-only"));
            head.waitForText(By.cssSelector(".followup-card[data-ticket='D002']"),
                    "Kết quả xử lý (CB02, 02/12/2026 10:01): Xong: đã xin lỗi ông");
            shot(head, "follow-ups-3-resolved");

            head.signIn("giamdoc", DemoAccess.PASSWORD).open("/board/satisfaction");
            head.waitForText(By.id("board-follow-ups"),
                    "Đánh giá không hài lòng đang xử lý: 2 (1 quá hạn, đã chuyển lãnh đạo)");
            shot(head, "follow-ups-4-board");
        }
    }

    private void rated(RatingLevel level) {
        issueTicket.issue("XD-GP", PriorityCategory.NONE);
        callNext.callNext(4).orElseThrow();
        serve.finish(4);
        giveRating.rate(4, level);
    }

    private static void shot(Browser browser, String screen) {
        assertThat(browser.screenshot(screen)).isNotEmptyFile();
    }
}
