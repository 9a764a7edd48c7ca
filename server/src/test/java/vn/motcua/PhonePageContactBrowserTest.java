package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.outbox.Outbox;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;

/**
 * On a ticket's phone page, in real headless Chromium the size of a phone (390×844): the visitor leaves a number only
 * by ticking the consent, sees it acknowledged (masked), sees whether the near-call message went, and deletes it.
 * Screenshots: target/screenshots/phone-contact-*.png.
 */
@BrowserTest
class PhonePageContactBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @Test
    void aVisitorLeavesTheirNumberWithConsentSeesTheMessageAndDeletesTheNumber() {
        data.startOfDay();
        for (int i = 0; i < 4; i++) {
            issueTicket.issue("HT-KS", PriorityCategory.NONE);
        }
        String code = issueTicket.issue("HT-KS", PriorityCategory.NONE).ticket().getTrackingCode();
        try (Browser phone = Browser.start("phone", "http://localhost:" + port, 390, 844)) {
            WebDriver driver = driver(phone.open("/t/" + code));
            phone.waitForExactText(By.cssSelector(".contact h2"), "Nhắn tin cho tôi khi sắp đến lượt");
            phone.waitForText(By.className("contact-consent"), "Tôi đồng ý");
            assertThat(phone.find(By.className("contact-consent")).getText())
                    .contains("nhắn tin báo khi còn 3 người trước tôi", "tối đa 30 ngày", "Xoá số điện thoại");
            assertThat(phone.find(By.className("tracking-feedback")).getDomAttribute("href"))
                    .isEqualTo("/phan-anh?ve=" + code);
            shot(phone, driver, "phone-contact-1-form");

            phone.find(By.cssSelector("vaadin-text-field.contact-phone input")).sendKeys("0912 345 678");
            phone.click(By.className("contact-give"));
            phone.waitForText(By.className("contact-refused"), "Cần ông/bà đồng ý");
            assertThat(data.count("ticket_contact")).as("nothing kept without consent").isZero();
            shot(phone, driver, "phone-contact-2-no-consent");

            phone.click(By.cssSelector("vaadin-checkbox.contact-consent"));
            phone.click(By.className("contact-give"));
            phone.waitForExactText(By.className("contact-given"),
                    "Đã lưu số •••••••678. Trung tâm sẽ nhắn tin khi sắp đến lượt ông/bà.");
            assertThat(jdbc.sql("select phone from ticket_contact").query(String.class).list())
                    .containsExactly("0912345678");
            shot(phone, driver, "phone-contact-3-given");

            callNext.callNext(1);
            phone.open("/t/" + code);
            phone.waitForExactText(By.cssSelector(".contact-message.waiting"),
                    "Tin nhắn báo sắp đến lượt đang được gửi.");
            outbox.deliver();
            phone.open("/t/" + code);
            // No SMS gateway in the tests: the message is only recorded, and the visitor is told to follow the page.
            phone.waitForExactText(By.cssSelector(".contact-message.not-sent"),
                    "Chưa gửi được tin nhắn; mời ông/bà theo dõi ngay trên trang này.");
            shot(phone, driver, "phone-contact-4-message");

            phone.click(By.className("contact-withdraw"));
            phone.waitForExactText(By.className("contact-notice"), "Đã xoá số điện thoại của ông/bà.");
            assertThat(data.count("ticket_contact")).as("the number is forgotten").isZero();
            phone.find(By.cssSelector("vaadin-text-field.contact-phone"));
            shot(phone, driver, "phone-contact-5-withdrawn");
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
