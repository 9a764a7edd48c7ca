package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.devices.simulator.SimulatedTicketPrinter;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;

/**
 * The kiosk as a visitor meets it, in real headless Chromium, standing in portrait (1080x1920) and in landscape
 * (1920x1080): search, service, priority, ticket. On every step nothing runs off the side of the screen, every
 * button is at least 60 px high, the text is large and the hotlines are in view. A double tap takes one ticket.
 * Screenshots: target/screenshots/kiosk-{portrait,landscape}-*.png and kiosk-phone.png (the page behind the QR).
 */
@BrowserTest
class KioskBrowserTest {

    /** Smallest touch target a kiosk may have (issue 5). */
    private static final int MIN_TARGET_PX = 60;
    /** Smallest text on the kiosk: small print is what elderly visitors cannot read. */
    private static final int MIN_TEXT_PX = 22;

    /**
     * Everything that makes a kiosk step hard to use, as a list of sentences (empty: fine): anything wider than the
     * screen or running off its side, content spilling out of its button, a button or field lower than
     * arguments[0] px, text smaller than arguments[1] px, a step that needs scrolling (the demo's seven services
     * must fit; visitors who never used a touchscreen do not scroll), hotlines out of view. Only what is shown
     * counts.
     */
    private static final String LAYOUT_PROBLEMS = """
            const minTarget = arguments[0], minText = arguments[1];
            const root = document.querySelector('.kiosk, .tracking');
            const width = document.documentElement.clientWidth, height = window.innerHeight;
            const problems = [];
            const name = e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string'
                ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' "' + (e.innerText || e.value || '')
                .trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
            const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0
                && getComputedStyle(e).visibility !== 'hidden'; };
            if (!root) { return ['no kiosk on the page']; }
            if (document.documentElement.scrollWidth > width) {
                problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
            }
            for (const e of root.querySelectorAll('*')) {
                if (!shown(e)) { continue; }
                const r = e.getBoundingClientRect();
                if (r.left < -1 || r.right > width + 1) {
                    problems.push(name(e) + ' runs off the screen (' + Math.round(r.left) + '..' + Math.round(r.right) + ')');
                }
                const overflowX = getComputedStyle(e).overflowX;
                if (overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1) {
                    problems.push(name(e) + ' scrolls sideways (' + e.scrollWidth + ' > ' + e.clientWidth + ')');
                }
                for (const node of e.childNodes) {
                    if (node.nodeType === Node.TEXT_NODE && node.textContent.trim()) {
                        const size = parseFloat(getComputedStyle(e).fontSize);
                        if (size < minText) { problems.push(name(e) + ' has small text: ' + size + ' px'); }
                        break;
                    }
                }
            }
            const targets = root.querySelectorAll('vaadin-button, vaadin-text-field, a[href]');
            let measured = 0;
            for (const b of targets) {
                if (!shown(b)) { continue; }
                measured++;
                const r = b.getBoundingClientRect();
                if (r.height < minTarget) { problems.push(name(b) + ' is only ' + Math.round(r.height) + ' px high'); }
                const content = document.createRange();
                content.selectNodeContents(b);
                const c = content.getBoundingClientRect();
                if (c.width > 0 && (c.left < r.left - 1 || c.right > r.right + 1 || c.top < r.top - 1 || c.bottom > r.bottom + 1)) {
                    problems.push(name(b) + ' spills out of its button');
                }
            }
            if (measured === 0) { problems.push('no button measured'); }
            const step = root.querySelector('.kiosk-body');
            if (step && step.scrollHeight > step.clientHeight + 1) {
                problems.push('the step needs scrolling (' + step.scrollHeight + ' > ' + step.clientHeight + ' px)');
            }
            const hotlines = root.querySelector('.kiosk-hotlines');
            if (!hotlines) {
                problems.push('no hotlines');
            } else if (root.classList.contains('kiosk')) {
                const h = hotlines.getBoundingClientRect();
                if (h.top < 0 || h.bottom > height + 1) { problems.push('the hotlines are out of view'); }
            }
            return problems;
            """;

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SimulatedTicketPrinter printer;
    @Autowired
    IssueTicket issueTicket;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"portrait, 1080, 1920", "landscape, 1920, 1080"})
    void aVisitorSearchesChoosesAServiceAndAPriorityAndTakesOneTicket(String orientation, int width, int height) {
        data.startOfDay();
        try (Browser kiosk = Browser.start("kiosk-" + orientation, "http://localhost:" + port, width, height)) {
            WebDriver driver = ((WrapsDriver) kiosk.openAsDevice(vn.motcua.security.DemoAccess.KIOSK_TOKEN, "/kiosk").find(By.tagName("body"))).getWrappedDriver();
            try {
                String prefix = "kiosk-" + orientation + "-";
                kiosk.waitForText(By.cssSelector(".kiosk-service[data-service='HT-KS']"), "0 người đang chờ");
                kiosk.waitForPageText("Nguyễn Văn Bình");
                kiosk.waitForPageText("0912 345 678");
                checkStep(kiosk, driver, prefix + "1-services");
                assertThat(kiosk.all(By.className("kiosk-service"))).hasSize(7);

                // The search, typed without marks, as on a kiosk keyboard with no Vietnamese input method.
                WebElement search = kiosk.find(By.cssSelector(".kiosk-search input"));
                search.sendKeys("dat dai");
                waitForServices(driver, List.of("DD-GCN"));
                checkStep(kiosk, driver, prefix + "2-search");

                kiosk.click(By.className("kiosk-search-clear"));
                waitForServices(driver, List.of("HT-KS", "TP-CT", "DD-GCN", "XD-GP", "KD-HKD", "LD-TCXH", "CA-CT"));
                kiosk.find(By.cssSelector(".kiosk-search input")).sendKeys("ho chieu");
                kiosk.waitForText(By.className("kiosk-no-result"), "Không tìm thấy dịch vụ nào cho “ho chieu”");
                checkStep(kiosk, driver, prefix + "3-nothing-found");
                kiosk.click(By.className("kiosk-show-all"));
                waitForServices(driver, List.of("HT-KS", "TP-CT", "DD-GCN", "XD-GP", "KD-HKD", "LD-TCXH", "CA-CT"));

                kiosk.find(By.cssSelector(".kiosk-search input")).sendKeys("Khai sinh");
                waitForServices(driver, List.of("HT-KS"));

                // A tap on the service, and a second tap landing on the priority step the first one brought up.
                kiosk.find(By.cssSelector(".kiosk-service[data-service='HT-KS']")).click();
                WebElement elderly = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(5))
                        .until(d -> d.findElements(By.className("priority-elderly")).stream().findFirst().orElse(null));
                Object guarded = ((JavascriptExecutor) driver).executeScript("return arguments[0].disabled;", elderly);
                new Actions(driver).moveToElement(elderly).click().perform();
                kiosk.waitUntilIdle();
                assertThat(guarded).as("the new step ignores touches for a moment").isEqualTo(true);
                assertThat(kiosk.all(By.className("kiosk-number"))).as("a stray second tap took no ticket").isEmpty();
                assertThat(data.count("ticket")).isZero();

                kiosk.waitForExactText(By.className("kiosk-chosen"), "Đăng ký khai sinh, kết hôn, khai tử");
                for (String group : List.of("none", "elderly", "disability", "pregnant", "war_invalid")) {
                    kiosk.waitForImage(By.cssSelector(".priority-" + group + " .kiosk-pictogram"));
                }
                checkStep(kiosk, driver, prefix + "4-priority");

                // A slow double tap on "elderly": the first takes the ticket, the second falls on the ticket step.
                waitUntilEnabled(driver, By.className("priority-elderly"));
                new Actions(driver).moveToElement(kiosk.find(By.className("priority-elderly")))
                        .click().pause(Duration.ofMillis(300)).click().perform();
                kiosk.waitUntilIdle();
                kiosk.waitForExactText(By.className("kiosk-number"), "A001");
                kiosk.waitForExactText(By.className("kiosk-ticket-priority"), "Ưu tiên: Người cao tuổi");
                kiosk.waitForExactText(By.className("kiosk-ahead"), "Số người chờ trước: 0");
                kiosk.waitForImage(By.className("kiosk-qr"));
                kiosk.waitForText(By.cssSelector(".kiosk-print.ok"), "Đã in phiếu");
                assertThat(data.count("ticket")).as("tickets after a double tap").isEqualTo(1);
                checkStep(kiosk, driver, prefix + "5-ticket");

                kiosk.click(By.className("kiosk-done"));
                kiosk.waitForPageText("Mời ông/bà chọn dịch vụ");

                // A fast double tap on a priority button, and a printer out of paper.
                printer.device().setPaperOut(true);
                kiosk.click(By.cssSelector(".kiosk-service[data-service='CA-CT']"));
                kiosk.waitForText(By.className("priority-none"), "Không ưu tiên");
                waitUntilEnabled(driver, By.className("priority-none"));
                new Actions(driver).doubleClick(kiosk.find(By.className("priority-none"))).perform();
                kiosk.waitUntilIdle();
                kiosk.waitForExactText(By.className("kiosk-number"), "G001");
                kiosk.waitForText(By.cssSelector(".kiosk-print.failed"), "Chưa in được phiếu");
                kiosk.waitForText(By.className("kiosk-reprint"), "In lại phiếu");
                assertThat(data.count("ticket")).as("tickets after a fast double tap").isEqualTo(2);
                checkStep(kiosk, driver, prefix + "6-print-failed");

                printer.device().setPaperOut(false);
                kiosk.click(By.className("kiosk-reprint"));
                kiosk.waitForText(By.cssSelector(".kiosk-print.ok"), "Đã in phiếu");
                kiosk.waitForExactText(By.className("kiosk-number"), "G001");
            } catch (RuntimeException | AssertionError failed) {
                screenshot(driver, "kiosk-" + orientation + "-failed");
                throw failed;
            } finally {
                printer.device().setPaperOut(false);
            }
        }
    }

    @Test
    void thePhonePageBehindTheQrFitsAPhoneAndListsTheHotlines() {
        data.startOfDay();
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        String code = issueTicket.issue("HT-KS", PriorityCategory.ELDERLY).ticket().getTrackingCode();
        try (Browser phone = Browser.start("phone", "http://localhost:" + port, 412, 915)) {
            WebDriver driver = ((WrapsDriver) phone.open("/t/" + code).find(By.tagName("body"))).getWrappedDriver();
            phone.waitForExactText(By.className("kiosk-number"), "A002");
            phone.waitForPageText("Lê Quang Hải");
            assertThat(phone.all(By.cssSelector("a.kiosk-hotline-phone")))
                    .extracting(link -> link.getDomAttribute("href"))
                    .containsExactly("tel:02438681900", "tel:0912345678", "tel:0987654321", "tel:0904111222");
            checkLayout(driver, 44, 18);
            screenshot(driver, "kiosk-phone");
        }
    }

    private void checkStep(Browser kiosk, WebDriver driver, String screen) {
        kiosk.waitUntilIdle();
        waitUntilEnabled(driver, By.cssSelector(".kiosk-body vaadin-button"));
        screenshot(driver, screen);
        checkLayout(driver, MIN_TARGET_PX, MIN_TEXT_PX);
    }

    @SuppressWarnings("unchecked")
    static void checkLayout(WebDriver driver, int minTarget, int minText) {
        List<String> problems = (List<String>) ((JavascriptExecutor) driver).executeScript(LAYOUT_PROBLEMS, minTarget,
                minText);
        assertThat(problems).as("layout problems at " + driver.getCurrentUrl()).isEmpty();
    }

    /** Waits out the moment a new step ignores touches (its double-tap guard). */
    static void waitUntilEnabled(WebDriver driver, By buttons) {
        new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50))
                .withMessage("buttons stay disabled: " + buttons)
                .until(d -> d.findElements(buttons).stream().noneMatch(b -> b.getDomAttribute("disabled") != null));
    }

    private static void waitForServices(WebDriver driver, List<String> codes) {
        new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50))
                .withMessage(() -> "services shown: " + shownServices(driver) + ", expected " + codes)
                .until(d -> shownServices(d).equals(codes));
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownServices(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.kiosk-service')).map(b => b.dataset.service);");
    }

    static void screenshot(WebDriver driver, String screen) {
        try {
            Files.createDirectories(Browser.SCREENSHOTS);
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(taken, Browser.SCREENSHOTS.resolve(screen + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
