package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.security.DemoAccess;

/**
 * "Served" read where people read it, in real headless Chromium: Hương's console (/counter/1, "Kết quả hôm nay"),
 * the managers' board (counter 1 on "Các quầy") and her scorecard of the day show the same number after a morning
 * with a take-over, an absence, a transfer, a walk-in and a second service ({@link ServedDay}). Screenshots:
 * target/screenshots/e2e-served-*.png.
 */
@BrowserTest
class ServedFiguresBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ServedDay day;

    @Test
    void theConsoleTheBoardAndTheScorecardShowTheSameServedNumber() {
        Browser.requireChromium();
        day.play();
        String base = "http://localhost:" + port;
        String served = String.valueOf(ServedDay.SERVED_BY_HUONG);

        String console;
        try (Browser browser = Browser.start("served-console", base, 1366, 768)) {
            browser.signIn("CB01", DemoAccess.PASSWORD).open("/counter/1");
            console = read(browser, By.cssSelector(".console-today-served .console-figure-value"), served);
            browser.screenshot("served-console");
        }
        String board;
        try (Browser browser = Browser.start("served-board", base, 1920, 1080)) {
            browser.signIn("giamdoc", DemoAccess.PASSWORD).open("/board/counters");
            browser.waitForExactText(By.className("board-page-title"), "Các quầy");
            board = read(browser, By.cssSelector("tr.board-counter[data-counter='1'] td.finished"), served);
            browser.screenshot("served-board");
        }
        String scorecard;
        try (Browser browser = Browser.start("served-scorecard", base, 1366, 768)) {
            browser.signIn("giamdoc", DemoAccess.PASSWORD).open("/scorecard?officer=CB01&day=2026-11-23");
            browser.waitForText(By.className("scorecard-who"), "Nguyễn Thị Hương (CB01)");
            scorecard = read(browser, By.cssSelector(".board-kpi.served .board-kpi-value"), served);
            browser.screenshot("served-scorecard");
        }

        assertThat(console).as("the console").isEqualTo(served);
        assertThat(board).as("the board").isEqualTo(console);
        assertThat(scorecard).as("the scorecard").isEqualTo(console);
    }

    /** The number shown, once the page shows the expected one (or what it shows instead, when it never does). */
    private static String read(Browser browser, By locator, String expected) {
        try {
            return browser.waitForExactText(locator, expected).getText();
        } catch (RuntimeException | AssertionError notThere) {
            browser.screenshot(browser.name() + "-unexpected");
            return browser.find(locator).getText();
        }
    }
}
