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
import vn.motcua.TestClock.MutableClock;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.PublicFeedback;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.Ticket;
import vn.motcua.security.DemoAccess;

/**
 * Feedback from the kiosk to a published answer, in real Chromium (issue 16): a visitor sends feedback on the kiosk's
 * touch form (1920x1080), which names nobody, so the director sees it first as "Chưa giao" and assigns it to Phòng
 * Kinh tế, whose head (CB02) sees it arrive on the desk and answers it; a citizen served at counter 3 sends feedback
 * from the ticket's phone page, which goes to that counter's unit, whose head (CB02) answers it and publishes it with
 * the personal data cleared; the public page shows the cleared texts only. A report of money asked goes to the director, never to the unit. The hall board
 * shows the hotlines and the feedback QR at 1920x1080 and 1366x768. Screenshots: target/screenshots/e2e-feedback-*.png.
 */
@BrowserTest
class FeedbackWalkBrowserTest {

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
    PublicFeedback publicFeedback;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @Test
    void feedbackFromTheKioskAndAPhoneIsAnsweredByTheHeadOfUnitAndPublishedCleared() {
        data.startOfDay();
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 30));
        String base = "http://localhost:" + port;

        String kioskCode;
        try (Browser kiosk = Browser.start("feedback-kiosk", base, 1920, 1080)) {
            kiosk.openAsDevice(DemoAccess.KIOSK_TOKEN, "/kiosk");
            kiosk.click(By.className("kiosk-feedback-open"));
            kiosk.waitForText(By.className("kiosk-step"), "Phản ánh, kiến nghị");
            assertThat(kiosk.all(By.className("kiosk-feedback-topic"))).hasSize(6)
                    .allSatisfy(topic -> assertThat(topic.getSize().getHeight()).isGreaterThanOrEqualTo(64));
            kiosk.click(By.cssSelector(".kiosk-feedback-topic.topic-facilities"));
            kiosk.find(By.cssSelector(".kiosk-feedback-text textarea"))
                    .sendKeys("Khu chờ thiếu ghế ngồi, người già phải đứng lâu.");
            kiosk.screenshot("feedback-1-kiosk-form");
            kiosk.click(By.className("kiosk-feedback-send"));
            kioskCode = kiosk.waitForText(By.className("kiosk-feedback-code"), "PA-").getText().strip();
            kiosk.waitForText(By.className("kiosk-feedback-due"), "Hạn trả lời: ");
            kiosk.waitForImage(By.cssSelector(".kiosk-feedback-received .kiosk-qr"));
            kiosk.waitForText(By.className("kiosk-qr-hint"), "/phan-anh/" + kioskCode);
            kiosk.screenshot("feedback-2-kiosk-received");
        }
        assertThat(publicFeedback.byCode(kioskCode).orElseThrow().getChannel()).isEqualTo(FeedbackChannel.KIOSK);

        // A citizen served by CB02 at counter 3 writes from the ticket's phone page: the feedback names that ticket.
        Ticket served = issueTicket.issue("DD-GCN", PriorityCategory.NONE).ticket();
        callNext.callNext(3);
        String phoneCode;
        String moneyCode;
        try (Browser phone = Browser.start("feedback-phone", base, 390, 844)) {
            phone.open("/phan-anh?ve=" + served.getTrackingCode());
            phone.waitForText(By.id("feedback-about"), "Phản ánh về lượt giao dịch");
            phone.click(By.xpath("//vaadin-radio-button[normalize-space(.)='Thái độ phục vụ']"));
            phone.find(By.cssSelector("#feedback-text textarea"))
                    .sendKeys("Tôi là Nguyễn Văn An, số 0912345678, cán bộ trả lời cộc lốc và không hướng dẫn.");
            phone.find(By.cssSelector("#feedback-contact input")).sendKeys("0912345678");
            phone.screenshot("feedback-3-phone-form");
            phone.click(By.id("feedback-send"));
            phoneCode = phone.waitForText(By.id("feedback-code"), "PA-").getText().replace("Mã phản ánh:", "").strip();
            phone.waitForExactText(By.id("feedback-state"), "Đang xử lý");
            phone.screenshot("feedback-4-status");

            phone.open("/phan-anh");
            phone.click(By.xpath("//vaadin-radio-button[normalize-space(.)='Bị đòi tiền, gây khó dễ']"));
            phone.waitForText(By.className("feedback-confidential"), "chuyển kín đến Chủ tịch");
            phone.find(By.cssSelector("#feedback-text textarea"))
                    .sendKeys("Có người ở quầy đòi 500 nghìn để làm nhanh.");
            phone.click(By.id("feedback-send"));
            moneyCode = phone.waitForText(By.id("feedback-code"), "PA-").getText().replace("Mã phản ánh:", "").strip();
        }
        Feedback fromPhone = publicFeedback.byCode(phoneCode).orElseThrow();
        assertThat(fromPhone.getTicketId()).contains(served.getId());
        assertThat(fromPhone.getUnitId()).as("the unit of counter 3's officer").isPresent();

        try (Browser head = Browser.start("feedback-head", base, 1366, 900)) {
            head.signIn("CB02", DemoAccess.PASSWORD).open("/phan-anh/xu-ly");
            head.waitForText(By.id("feedback-list"), phoneCode);
            String list = head.find(By.id("feedback-list")).getText();
            assertThat(list).doesNotContain(moneyCode).doesNotContain(kioskCode).contains("Thái độ phục vụ");
            head.screenshot("feedback-5-staff-list");

            // The kiosk's feedback names nobody: the director sees it first, "Chưa giao", and gives it to Kinh tế.
            assignedByTheDirector(base, kioskCode, moneyCode);
            head.waitForText(By.id("feedback-list"), kioskCode);
            head.click(By.cssSelector("tr[data-code='" + kioskCode + "'] .feedback-open"));
            head.waitForText(By.id("feedback-case-unit"), "Phòng Kinh tế");
            assertThat(head.all(By.id("feedback-case-assign"))).as("a head does not assign").isEmpty();
            head.find(By.cssSelector("#feedback-case-answer-text textarea")).sendKeys(
                    "Trung tâm đã bổ sung mười ghế ở khu chờ, ưu tiên người cao tuổi.");
            head.click(By.id("feedback-case-answer-send"));
            head.waitForText(By.id("feedback-case-answer"), "bổ sung mười ghế");
            head.click(By.id("feedback-case-close"));
            assertThat(publicFeedback.byCode(kioskCode).orElseThrow().getAnsweredBy()).contains("CB02");
            head.click(By.cssSelector("tr[data-code='" + phoneCode + "'] .feedback-open"));
            head.waitForText(By.id("feedback-case-contact"), "0912345678");
            head.find(By.cssSelector("#feedback-case-answer-text textarea")).sendKeys(
                    "Trung tâm đã nhắc nhở cán bộ và hướng dẫn lại ông thủ tục cấp giấy chứng nhận.");
            head.click(By.id("feedback-case-answer-send"));
            head.waitForText(By.id("feedback-case-answer"), "đã nhắc nhở cán bộ");
            WebElement question = head.find(By.cssSelector("#feedback-case-publish-question textarea"));
            assertThat(question.getDomProperty("value")).contains("0912345678");
            question.sendKeys(Keys.chord(Keys.CONTROL, "a"),
                    "Công dân phản ánh cán bộ trả lời cộc lốc, không hướng dẫn.");
            WebElement answer = head.find(By.cssSelector("#feedback-case-publish-answer textarea"));
            answer.sendKeys(Keys.chord(Keys.CONTROL, "a"),
                    "Trung tâm đã nhắc nhở cán bộ và hướng dẫn lại công dân thủ tục cấp giấy chứng nhận.");
            head.waitForText(By.id("feedback-case-messages"), "Tin nhắn gửi người phản ánh");
            head.screenshot("feedback-6-staff-dialog");
            head.click(By.id("feedback-case-publish"));
            head.waitForText(By.id("feedback-case-published"), "Đã công khai lúc");
        }

        try (Browser citizen = Browser.start("feedback-public", base, 390, 844)) {
            citizen.open("/phan-anh/cong-khai");
            citizen.waitForText(By.className("feedback-entry"), "cộc lốc, không hướng dẫn");
            String page = citizen.find(By.tagName("body")).getText();
            assertThat(page).doesNotContain("0912345678").doesNotContain("Nguyễn Văn An").doesNotContain("500 nghìn")
                    .contains("Trung tâm đã nhắc nhở cán bộ và hướng dẫn lại công dân");
            citizen.screenshot("feedback-8-public-list");
            citizen.open("/phan-anh/" + phoneCode);
            citizen.waitForExactText(By.id("feedback-state"), "Đã trả lời và công khai");
            citizen.waitForText(By.id("feedback-answer"), "hướng dẫn lại ông");
            citizen.screenshot("feedback-9-status-answered");
        }
    }

    /**
     * The director's desk: the kiosk's feedback, with no unit, comes first and reads "Chưa giao"; the denunciation is
     * confidential and has no unit to choose; the kiosk's feedback is given to Phòng Kinh tế with a note.
     */
    private void assignedByTheDirector(String base, String kioskCode, String moneyCode) {
        try (Browser director = Browser.start("feedback-director", base, 1366, 900)) {
            director.signIn("giamdoc", DemoAccess.PASSWORD).open("/phan-anh/xu-ly");
            director.waitForText(By.id("feedback-list"), moneyCode);
            director.waitForText(By.cssSelector("tr[data-code='" + moneyCode + "']"), "tố cáo, xử lý kín");
            director.waitForText(By.cssSelector("tr[data-code='" + kioskCode + "']"), "Chưa giao");
            assertThat(director.all(By.cssSelector("tr.feedback-row")).getFirst().getDomAttribute("data-code"))
                    .as("unassigned feedback first").isEqualTo(kioskCode);
            director.waitForText(By.id("feedback-unassigned-count"), "Chưa giao cho bộ phận nào: 1");
            director.screenshot("feedback-7-director-list");
            director.click(By.cssSelector("tr[data-code='" + moneyCode + "'] .feedback-open"));
            director.waitForText(By.id("feedback-case-text"), "500 nghìn");
            assertThat(director.all(By.id("feedback-case-assign"))).as("a denunciation is never a unit's").isEmpty();
            director.click(By.id("feedback-case-close"));

            director.click(By.cssSelector("tr[data-code='" + kioskCode + "'] .feedback-open"));
            director.waitForText(By.id("feedback-case-unit"), "Chưa giao");
            director.choose("Bộ phận", "Phòng Kinh tế");
            director.find(By.cssSelector("#feedback-case-assign-note input")).sendKeys("Khu chờ tầng 1");
            director.screenshot("feedback-7b-director-assign");
            director.click(By.id("feedback-case-assign"));
            director.waitForText(By.id("feedback-case-unit"), "Phòng Kinh tế");
            director.waitForSelected("Bộ phận", "Phòng Kinh tế");
            director.waitForText(By.cssSelector("tr[data-code='" + kioskCode + "']"), "Phòng Kinh tế");
            director.screenshot("feedback-7c-director-assigned");
        }
    }

    @Test
    void theHallBoardShowsTheHotlinesAndTheFeedbackCodeAtBothSizes() {
        String base = "http://localhost:" + port;
        for (List<Integer> size : List.of(List.of(1920, 1080), List.of(1366, 768))) {
            try (Browser hall = Browser.start("feedback-hall-" + size.get(0), base, size.get(0), size.get(1))) {
                hall.openAsDevice("demo-hall", "/display/hall");
                hall.waitForExactText(By.className("hall-feedback-scan"), "Quét mã để phản ánh, kiến nghị");
                WebElement qr = hall.waitForImage(By.className("hall-feedback-qr"));
                assertThat(qr.getSize().getHeight()).isGreaterThanOrEqualTo(size.get(1) * 15 / 100);
                assertThat(hall.all(By.className("hall-hotline"))).hasSizeGreaterThan(1);
                // Every hotline whole on the screen, above the notice line when there is one.
                int bottom = hall.all(By.className("hall-notice")).stream().filter(WebElement::isDisplayed)
                        .map(notice -> notice.getRect().getY()).findFirst().orElse(size.get(1));
                assertThat(hall.all(By.className("hall-hotline"))).allSatisfy(line -> assertThat(
                        line.getRect().getY() + line.getRect().getHeight()).isLessThanOrEqualTo(bottom));
                assertThat(hall.find(By.className("hall-calls")).isDisplayed()).isTrue();
                hall.screenshot("feedback-hall-" + size.get(0) + "x" + size.get(1));
            }
        }
    }
}
