package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.devices.simulator.SimulatedTicketPrinter;
import vn.motcua.security.DemoAccess;

/**
 * The kiosk outside working hours, in real headless Chromium (the demo calendar: Monday to Friday, 07:30 to 17:00):
 * after closing and on a day off it says so on its first screen and offers no service; before opening it issues
 * today's tickets called from 07:30; with next-day tickets allowed the ticket names its day. An idle kiosk closes at
 * closing time without a reload. Screenshots: target/screenshots/kiosk-hours-*.png.
 */
@BrowserTest
class KioskHoursBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SimulatedTicketPrinter printer;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @AfterEach
    void backToTheWorkingDay() {
        data.startOfDay();
    }

    @Test
    void afterClosingTimeTheFirstScreenSaysWhenTheCenterOpensAndOffersNoService() {
        data.startOfDay();
        clock.set(LocalDateTime.of(2026, 11, 23, 17, 34));
        try (Browser kiosk = kiosk()) {
            kiosk.waitForExactText(By.className("kiosk-closed-title"), "Đã hết giờ làm việc.");
            kiosk.waitForExactText(By.className("kiosk-closed-reopens"),
                    "Trung tâm mở cửa lại lúc 07:30, thứ Ba 24/11/2026.");
            assertThat(kiosk.all(By.className("kiosk-service"))).as("service buttons after hours").isEmpty();
            shot(kiosk, "kiosk-hours-1-after-closing");

            kiosk.click(By.className("kiosk-language"));
            kiosk.waitForExactText(By.className("kiosk-closed-reopens"),
                    "The center opens again at 07:30, Tuesday 24/11/2026.");
            shot(kiosk, "kiosk-hours-2-after-closing-en");
        }
        assertThat(data.count("ticket")).isZero();
    }

    @Test
    void onADayOffTheKioskSaysTheCenterIsClosedToday() {
        data.startOfDay();
        clock.set(LocalDateTime.of(2026, 11, 22, 10, 0)); // a Sunday
        try (Browser kiosk = kiosk()) {
            kiosk.waitForExactText(By.className("kiosk-closed-title"), "Hôm nay trung tâm không làm việc.");
            kiosk.waitForExactText(By.className("kiosk-closed-reopens"),
                    "Trung tâm mở cửa lại lúc 07:30, thứ Hai 23/11/2026.");
            assertThat(kiosk.all(By.className("kiosk-service"))).isEmpty();
            shot(kiosk, "kiosk-hours-3-sunday");
        }
    }

    @Test
    void anIdleKioskClosesAtClosingTimeWithoutAReload() {
        data.startOfDay();
        clock.set(LocalDateTime.of(2026, 11, 23, 16, 59, 30));
        try (Browser kiosk = kiosk()) {
            kiosk.waitForText(By.cssSelector(".kiosk-service[data-service='HT-KS']"), "0 người đang chờ");
            kiosk.markPage();
            clock.set(LocalDateTime.of(2026, 11, 23, 17, 0));
            kiosk.waitForExactText(By.className("kiosk-closed-title"), "Đã hết giờ làm việc.");
            kiosk.assertNotReloaded();
            assertThat(kiosk.all(By.className("kiosk-service"))).isEmpty();
            shot(kiosk, "kiosk-hours-4-closed-at-five");
        }
    }

    @Test
    void beforeOpeningOnAWorkingDayTheTicketIsForTodayCalledFromTheOpeningTime() {
        data.startOfDay();
        clock.set(LocalDateTime.of(2026, 11, 24, 7, 0));
        try (Browser kiosk = kiosk()) {
            kiosk.waitForExactText(By.cssSelector(".kiosk-hours.before-opening"),
                    "Trung tâm mở cửa lúc 07:30: số được gọi từ 07:30.");
            shot(kiosk, "kiosk-hours-5-before-opening");
            takeTicket(kiosk, "HT-KS");
            kiosk.waitForExactText(By.className("kiosk-number"), "A001");
            kiosk.waitForExactText(By.className("kiosk-calls-from"), "Số được gọi từ 07:30");
            assertThat(kiosk.all(By.className("kiosk-ticket-day"))).as("a ticket for today names no day").isEmpty();
            kiosk.waitForText(By.cssSelector(".kiosk-print.ok"), "Đã in phiếu");
            shot(kiosk, "kiosk-hours-6-before-opening-ticket");
        }
        assertThat(queueDays()).containsExactly(LocalDate.of(2026, 11, 24));
    }

    @Test
    void withNextDayTicketsAllowedTheTicketTakenAfterClosingNamesItsDay() throws IOException {
        data.startOfDay();
        data.setting("next_day_tickets", true);
        clock.set(LocalDateTime.of(2026, 11, 27, 17, 34)); // a Friday: the next working day is Monday
        try (Browser kiosk = kiosk()) {
            kiosk.waitForExactText(By.cssSelector(".kiosk-hours.next-day"),
                    "Phiếu lấy bây giờ dành cho ngày thứ Hai 30/11/2026, số được gọi từ 07:30.");
            shot(kiosk, "kiosk-hours-7-next-day");
            takeTicket(kiosk, "HT-KS");
            kiosk.waitForExactText(By.className("kiosk-number"), "A001");
            kiosk.waitForExactText(By.className("kiosk-ticket-day"), "Phiếu dành cho ngày thứ Hai 30/11/2026");
            kiosk.waitForExactText(By.className("kiosk-calls-from"), "Số được gọi từ 07:30");
            kiosk.waitForExactText(By.className("kiosk-ahead"), "Số người chờ trước: 0");
            kiosk.waitForText(By.cssSelector(".kiosk-print.ok"), "Đã in phiếu");
            shot(kiosk, "kiosk-hours-8-next-day-ticket");
        }
        assertThat(queueDays()).containsExactly(LocalDate.of(2026, 11, 30));
        Files.createDirectories(Browser.SCREENSHOTS);
        ImageIO.write(printer.device().lastTicket().orElseThrow(), "png",
                Browser.SCREENSHOTS.resolve("kiosk-hours-9-next-day-paper.png").toFile());
    }

    private Browser kiosk() {
        Browser kiosk = Browser.start("kiosk-hours", "http://localhost:" + port, 1080, 1920);
        kiosk.openAsDevice(DemoAccess.KIOSK_TOKEN, "/kiosk");
        return kiosk;
    }

    private static void takeTicket(Browser kiosk, String service) {
        kiosk.click(By.cssSelector(".kiosk-service[data-service='" + service + "']"));
        kiosk.click(By.className("priority-none"));
    }

    private java.util.List<LocalDate> queueDays() {
        return jdbc.sql("select queue_day from ticket").query(LocalDate.class).list();
    }

    private static void shot(Browser kiosk, String name) {
        kiosk.waitUntilIdle();
        WebDriver driver = ((WrapsDriver) kiosk.find(By.tagName("body"))).getWrappedDriver();
        // The new step ignores touches for a moment: the screenshot shows its buttons as a visitor finds them.
        KioskBrowserTest.waitUntilEnabled(driver, By.cssSelector(".kiosk-body vaadin-button"));
        KioskBrowserTest.screenshot(driver, name);
        KioskBrowserTest.checkLayout(driver, 60, 22);
    }
}
