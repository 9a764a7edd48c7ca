package vn.motcua;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.CarryOver;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.RouteTicket;
import vn.motcua.queue.ServeTicket;

/**
 * The phone page behind a ticket's QR code in every state of the ticket, in real headless Chromium the size of a
 * phone: each says what it means and what to do, and the page follows the ticket by push, without a reload.
 * Screenshots: target/screenshots/phone-*.png.
 */
@BrowserTest
class PhonePageBrowserTest {

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
    RouteTicket route;
    @Autowired
    CarryOver carryOver;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @Test
    void aTicketFollowedFromWaitingThroughServingHoldAndDoneSaysWhereTheVisitorStands() {
        data.startOfDay();
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        String code = issueTicket.issue("HT-KS", PriorityCategory.NONE).ticket().getTrackingCode();
        try (Browser phone = Browser.start("phone", "http://localhost:" + port, 412, 915)) {
            WebDriver driver = driver(phone.open("/t/" + code));
            phone.waitForExactText(By.className("kiosk-number"), "A002");
            phone.waitForExactText(By.cssSelector(".tracking-state.waiting"), "Còn 1 người trước ông/bà");
            // One ahead, five minutes a visit before any history, shared by counters 1 and 2: about 3 minutes.
            phone.waitForExactText(By.className("tracking-wait"), "Thời gian chờ dự kiến: khoảng 3 phút");
            shot(phone, driver, "phone-1-waiting");
            phone.markPage();

            callNext.callNext(1);
            serve.finish(1);
            callNext.callNext(1);
            phone.waitForExactText(By.cssSelector(".tracking-state.called"), "Mời ông/bà đến quầy số 1");
            shot(phone, driver, "phone-2-called");

            serve.startServing(1);
            phone.waitForExactText(By.cssSelector(".tracking-state.serving"), "Đang được phục vụ tại quầy số 1");
            shot(phone, driver, "phone-3-serving");

            serve.hold(1, "bổ sung bản sao giấy tờ tuỳ thân");
            phone.waitForExactText(By.cssSelector(".tracking-state.held"),
                    "Tạm giữ: bổ sung bản sao giấy tờ tuỳ thân. Khi xong, xin quay lại quầy số 1.");
            shot(phone, driver, "phone-4-held");

            serve.resume(1, Optional.of("A002"));
            serve.finish(1);
            phone.waitForExactText(By.cssSelector(".tracking-state.done"), "Đã phục vụ xong. Cảm ơn ông/bà!");
            shot(phone, driver, "phone-5-done");
            phone.assertNotReloaded();
        }
    }

    @Test
    void anAbsentVisitorLearnsHowToComeBackAndATransferredOneWhereToWait() {
        data.startOfDay();
        String absent = issueTicket.issue("CA-CT", PriorityCategory.NONE).ticket().getTrackingCode();
        callNext.callNext(6);
        serve.recall(6);
        serve.recall(6);
        serve.noShow(6);
        String transferred = issueTicket.issue("HT-KS", PriorityCategory.NONE).ticket().getTrackingCode();
        callNext.callNext(1);
        route.transfer(1, "DD-GCN", null, "hồ sơ đất đai");
        try (Browser phone = Browser.start("phone", "http://localhost:" + port, 412, 915)) {
            WebDriver driver = driver(phone.open("/t/" + absent));
            phone.waitForExactText(By.cssSelector(".tracking-state.absent"), "Đã qua lượt: ông/bà không có mặt khi"
                    + " được gọi. Nếu vẫn ở trung tâm hôm nay, hãy đến quầy số 6 hoặc quầy hướng dẫn: cán bộ sẽ đưa"
                    + " ông/bà lên đầu hàng với số này.");
            shot(phone, driver, "phone-6-absent");

            phone.open("/t/" + transferred);
            phone.waitForExactText(By.cssSelector(".tracking-state.transferred"), "Ông/bà được chuyển sang dịch vụ"
                    + " “Cấp, đăng ký biến động Giấy chứng nhận quyền sử dụng đất” và đang chờ ở đầu hàng.");
            phone.waitForExactText(By.className("tracking-ahead"), "Số người chờ trước: 0");
            phone.waitForText(By.className("tracking-wait"), "Sắp đến lượt ông/bà");
            shot(phone, driver, "phone-7-transferred");

            // After closing nobody can come back: the page no longer sends the visitor to a counter.
            clock.set(LocalDateTime.of(2026, 11, 23, 17, 30));
            phone.open("/t/" + absent);
            phone.waitForText(By.cssSelector(".tracking-state"), "hết hiệu lực");
            shot(phone, driver, "phone-6b-absent-after-closing");
        }
    }

    @Test
    void aTicketCarriedOverOrTakenForTheNextDaySaysWhichDayAndFromWhen() {
        data.startOfDay();
        clock.set(LocalDateTime.of(2026, 11, 23, 16, 50));
        String carried = issueTicket.issue("XD-GP", PriorityCategory.NONE).ticket().getTrackingCode();
        clock.set(LocalDateTime.of(2026, 11, 23, 17, 1));
        carryOver.run(clock.instant());
        clock.set(LocalDateTime.of(2026, 11, 23, 17, 34));
        data.setting("next_day_tickets", true);
        String nextDay = issueTicket.issue("XD-GP", PriorityCategory.NONE).ticket().getTrackingCode();
        try (Browser phone = Browser.start("phone", "http://localhost:" + port, 412, 915)) {
            WebDriver driver = driver(phone.open("/t/" + carried));
            phone.waitForExactText(By.cssSelector(".tracking-state.carried-over"), "Phiếu được chuyển sang ngày"
                    + " thứ Ba 24/11/2026, giữ nguyên số: ông/bà được gọi đầu tiên từ 07:30.");
            shot(phone, driver, "phone-8-carried-over");

            phone.open("/t/" + nextDay);
            phone.waitForExactText(By.cssSelector(".tracking-state.upcoming"),
                    "Phiếu dành cho ngày thứ Ba 24/11/2026. Số được gọi từ 07:30.");
            // The carried-over visitor is called first that day.
            phone.waitForExactText(By.className("tracking-ahead"), "Số người chờ trước: 1");
            shot(phone, driver, "phone-9-next-day");
        } finally {
            data.setting("next_day_tickets", false);
        }
    }

    private static WebDriver driver(Browser phone) {
        return ((WrapsDriver) phone.find(By.tagName("body"))).getWrappedDriver();
    }

    private static void shot(Browser phone, WebDriver driver, String name) {
        phone.waitUntilIdle();
        KioskBrowserTest.checkLayout(driver, 44, 18);
        KioskBrowserTest.screenshot(driver, name);
    }
}
