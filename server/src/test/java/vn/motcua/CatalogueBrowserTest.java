package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.security.DemoAccess;

/**
 * The public catalogue of procedures in real headless Chromium: the /thu-tuc page on a phone and on a desktop, and
 * the kiosk's catalogue standing in portrait and landscape. Screenshots: target/screenshots/catalogue-*.png.
 */
@BrowserTest
class CatalogueBrowserTest {

    /** Smallest touch target on the kiosk's catalogue (issue 13: at least 64 px, as the kiosk's other buttons). */
    private static final int KIOSK_TARGET_PX = 64;

    /**
     * What makes the public page hard to use on a phone, as sentences: the page scrolling sideways, anything running
     * off the screen, a link, summary or field lower than arguments[0] px, text smaller than arguments[1] px.
     */
    private static final String PAGE_PROBLEMS = """
            const minTarget = arguments[0], minText = arguments[1];
            const width = document.documentElement.clientWidth;
            const problems = [];
            const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
            const name = e => e.tagName.toLowerCase() + '.' + (typeof e.className === 'string' ? e.className : '')
                + ' "' + (e.innerText || '').trim().slice(0, 40) + '"';
            if (document.documentElement.scrollWidth > width) {
                problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
            }
            for (const e of document.querySelectorAll('.catalogue *')) {
                if (!shown(e)) { continue; }
                const r = e.getBoundingClientRect();
                if (r.left < -1 || r.right > width + 1) { problems.push(name(e) + ' runs off the screen'); }
                for (const node of e.childNodes) {
                    if (node.nodeType === Node.TEXT_NODE && node.textContent.trim()) {
                        const size = parseFloat(getComputedStyle(e).fontSize);
                        if (size < minText) { problems.push(name(e) + ' has small text: ' + size + ' px'); }
                        break;
                    }
                }
            }
            for (const t of document.querySelectorAll('.catalogue a[href], .catalogue summary, .catalogue vaadin-text-field')) {
                if (shown(t) && t.getBoundingClientRect().height < minTarget) {
                    problems.push(name(t) + ' is only ' + Math.round(t.getBoundingClientRect().height) + ' px high');
                }
            }
            return problems;
            """;

    @LocalServerPort
    int port;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"phone, 412, 915", "desktop, 1366, 900"})
    void theCataloguePageListsSearchesAndOpensProceduresWithoutSigningIn(String device, int width, int height) {
        try (Browser browser = Browser.start("catalogue-" + device, "http://localhost:" + port, width, height)) {
            WebDriver driver = driver(browser.open("/thu-tuc"));
            browser.waitForText(By.cssSelector("h1"), "Thủ tục hành chính");
            browser.waitForText(By.cssSelector(".catalogue-field[data-field='TPHT'] h2"), "Tư pháp – Hộ tịch");
            browser.waitForText(By.className("catalogue-demo-page"), "giá trị minh họa");
            assertThat(browser.all(By.className("procedure-card"))).hasSizeGreaterThanOrEqualTo(16);
            check(driver, "catalogue-" + device + "-1-list");

            // Typed without marks, as on a keyboard with no Vietnamese input method.
            browser.find(By.cssSelector(".catalogue-search input")).sendKeys("dang ky ket hon");
            browser.waitUntilIdle();
            waitForCards(browser, List.of("1.000894"));
            browser.click(By.cssSelector("[data-procedure='1.000894'] summary"));
            browser.waitForText(By.cssSelector("[data-procedure='1.000894'] .procedure-documents"),
                    "Tờ khai đăng ký kết hôn (theo mẫu)");
            browser.waitForText(By.cssSelector("[data-procedure='1.000894'] .procedure-steps"),
                    "Thẩm định – Phòng Tư pháp – Hộ tịch");
            check(driver, "catalogue-" + device + "-2-search-opened");

            browser.open("/thu-tuc/2.000815");
            browser.waitForText(By.className("procedure-time"), "Trong ngày");
            browser.waitForText(By.className("procedure-fee"), "2.000 đồng/trang");
            browser.waitForText(By.className("procedure-on-the-spot"), "4 tại chỗ");
            browser.waitForText(By.className("procedure-demo"), "Giá trị minh họa");
            browser.waitForText(By.className("procedure-documents"), "01 bản chính");
            assertThat(driver.getTitle()).isEqualTo("Chứng thực bản sao từ bản chính giấy tờ, văn bản");
            check(driver, "catalogue-" + device + "-3-one-procedure");
        }
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"portrait, 1080, 1920", "landscape, 1920, 1080"})
    void theKioskOpensTheCatalogueFromItsFirstStepAndGoesBackHome(String orientation, int width, int height) {
        try (Browser kiosk = Browser.start("kiosk-" + orientation, "http://localhost:" + port, width, height)) {
            WebDriver driver = driver(kiosk.openAsDevice(DemoAccess.KIOSK_TOKEN, "/kiosk"));
            String prefix = "catalogue-kiosk-" + orientation + "-";
            kiosk.waitForText(By.className("kiosk-catalogue-open"), "Tra cứu thủ tục");
            KioskBrowserTest.screenshot(driver, prefix + "0-start");

            kiosk.click(By.className("kiosk-catalogue-open"));
            kiosk.waitForText(By.className("kiosk-step"), "Tra cứu thủ tục hành chính");
            kiosk.waitForText(By.cssSelector(".kiosk-procedure[data-procedure='1.001193']"), "Trong ngày · 4 tại chỗ");
            checkKiosk(kiosk, driver, prefix + "1-list");

            kiosk.click(By.cssSelector(".kiosk-field-filter[data-field='Công an']"));
            kiosk.waitForText(By.cssSelector(".kiosk-procedure[data-procedure='1.004222']"), "7 ngày làm việc");
            kiosk.click(By.cssSelector(".kiosk-procedure[data-procedure='1.004194']"));
            kiosk.waitForExactText(By.className("kiosk-step"), "Đăng ký tạm trú");
            kiosk.waitForExactText(By.className("kiosk-procedure-time"), "3 ngày làm việc");
            kiosk.waitForText(By.className("kiosk-procedure-fee"), "15.000 đồng");
            kiosk.waitForText(By.className("kiosk-papers"), "Tờ khai thay đổi thông tin cư trú (mẫu CT01)");
            kiosk.waitForText(By.className("kiosk-demo-values"), "Giá trị minh họa");
            checkKiosk(kiosk, driver, prefix + "2-procedure");

            kiosk.click(By.className("kiosk-home"));
            kiosk.waitForPageText("Mời ông/bà chọn dịch vụ");
            assertThat(kiosk.all(By.className("kiosk-service"))).hasSize(7);
        }
    }

    private static void checkKiosk(Browser kiosk, WebDriver driver, String screen) {
        kiosk.waitUntilIdle();
        KioskBrowserTest.waitUntilEnabled(driver, By.cssSelector(".kiosk-body vaadin-button"));
        KioskBrowserTest.screenshot(driver, screen);
        KioskBrowserTest.checkLayout(driver, KIOSK_TARGET_PX, 22);
    }

    @SuppressWarnings("unchecked")
    private static void check(WebDriver driver, String screen) {
        KioskBrowserTest.screenshot(driver, screen);
        List<String> problems = (List<String>) ((JavascriptExecutor) driver).executeScript(PAGE_PROBLEMS, 44, 13);
        assertThat(problems).as("layout problems at " + driver.getCurrentUrl()).isEmpty();
    }

    private static void waitForCards(Browser browser, List<String> codes) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver(browser), java.time.Duration.ofSeconds(15))
                .withMessage(() -> "cards shown: " + cards(driver(browser)))
                .until(d -> cards(d).equals(codes));
    }

    @SuppressWarnings("unchecked")
    private static List<String> cards(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.procedure-card')).map(c => c.dataset.procedure);");
    }

    private static WebDriver driver(Browser browser) {
        return ((WrapsDriver) browser.find(By.tagName("body"))).getWrappedDriver();
    }
}
