package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.security.DemoAccess;

/**
 * The kiosk refusing a planted burst in real Chromium: the hall kiosk ("Kiosk sảnh") has just issued three tickets
 * for three services, the center's limit is three within three minutes; a fourth service taken on the screen is
 * refused with the polite words, and the same service for an elderly visitor is issued, named with the kiosk.
 * Screenshot: target/screenshots/e2e-kiosk-burst-refused.png.
 */
@BrowserTest
class KioskBurstBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    TestClock.MutableClock clock;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @AfterEach
    void noLimit() {
        data.setting("kiosk_burst_limit", 0);
        data.startOfDay();
    }

    @Test
    void theKioskRefusesTheFourthServiceInWordsButNeverAPriorityVisitor() {
        data.startOfDay();
        clock.set(java.time.LocalDateTime.of(2026, 11, 23, 9, 0));
        data.setting("kiosk_burst_limit", 3);
        data.setting("watch_burst_minutes", 3);
        for (String service : new String[] {"HT-KS", "TP-CT", "DD-GCN"}) {
            issueTicket.issue(service, PriorityCategory.NONE, "Kiosk sảnh");
            clock.advance(Duration.ofSeconds(15));
        }
        try (Browser kiosk = Browser.start("kiosk-burst", "http://localhost:" + port, 1080, 1920)) {
            WebDriver driver = ((WrapsDriver) kiosk.openAsDevice(DemoAccess.KIOSK_TOKEN, "/kiosk")
                    .find(By.tagName("body"))).getWrappedDriver();
            kiosk.click(By.cssSelector(".kiosk-service[data-service='KD-HKD']"));
            kiosk.waitForText(By.className("priority-none"), "Không ưu tiên");
            KioskBrowserTest.waitUntilEnabled(driver, By.className("priority-none"));
            kiosk.click(By.className("priority-none"));

            kiosk.waitForText(By.className("kiosk-error"), "Kiosk này vừa cấp nhiều số cho các dịch vụ khác nhau");
            kiosk.waitForText(By.className("kiosk-error"), "đợi khoảng 3 phút");
            assertThat(kiosk.find(By.tagName("body")).getText()).doesNotContain("Chưa lấy được số");
            kiosk.screenshot("kiosk-burst-refused");
            assertThat(data.count("ticket")).isEqualTo(3);

            kiosk.click(By.className("kiosk-back"));
            kiosk.click(By.cssSelector(".kiosk-service[data-service='KD-HKD']"));
            kiosk.waitForText(By.className("priority-elderly"), "");
            KioskBrowserTest.waitUntilEnabled(driver, By.className("priority-elderly"));
            kiosk.click(By.className("priority-elderly"));
            kiosk.waitForExactText(By.className("kiosk-number"), "E001");
            kiosk.screenshot("kiosk-burst-priority-issued");
        }
        assertThat(jdbc.sql("select kiosk from ticket where number = 'E001'").query(String.class).single())
                .isEqualTo("Kiosk sảnh");
    }
}
