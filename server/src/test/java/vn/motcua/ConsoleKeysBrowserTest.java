package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.security.DemoAccess;

/**
 * The officer's function keys in real Chromium, whatever has focus: right after a mouse click on a button, and with
 * the cursor still in the hold reason field (the reason typed there is the one the hold records and shows).
 */
@BrowserTest
class ConsoleKeysBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    IssueTicket issueTicket;

    private final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void functionKeysWorkRightAfterAMouseClickOnAButton() {
        Browser console = consoleWaiting("console-keys-after-click");
        recordKeys(console);

        // Each button clicked with the mouse, then the next step by its key, with the focus left on that button.
        console.click(By.className("console-call"));
        console.waitForExactText(By.className("console-number"), "C001");
        press(console, Keys.F6);
        console.waitForText(By.className("console-called-at"), "Đã gọi lại 1 lần");
        console.click(By.className("console-recall"));
        console.waitForText(By.className("console-called-at"), "Đã gọi lại 2 lần");
        press(console, Keys.F3);
        console.waitForExactText(By.className("console-timer-label"), "Thời gian phục vụ");
        console.click(By.className("console-finish"));
        console.waitForText(By.className("console-current"), "Không có số nào đang phục vụ.");
        press(console, Keys.F2);
        console.waitForExactText(By.className("console-number"), "C002");
        console.click(By.className("console-start"));
        console.waitForExactText(By.className("console-timer-label"), "Thời gian phục vụ");
        press(console, Keys.F4);
        console.waitForText(By.className("console-current"), "Không có số nào đang phục vụ.");
        // F3 with nobody called and F11 (walk-in) while busy do nothing, and the browser must not act on them either.
        press(console, Keys.F3);
        press(console, Keys.F2);
        console.waitForExactText(By.className("console-number"), "C003");
        press(console, Keys.F11);
        console.waitForExactText(By.className("console-number"), "C003");
        assertThat(keysSeen(console)).hasSize(7).allSatisfy(key -> assertThat(key).endsWith(":prevented"));
        console.screenshot("console-keys-after-click");
        console.assertNotReloaded();
    }

    @Test
    void f7InTheReasonFieldHoldsWithThatReasonAndShowsIt() {
        Browser console = consoleWaiting("console-hold-by-key");
        press(console, Keys.F2);
        console.waitForExactText(By.className("console-number"), "C001");

        console.find(By.cssSelector(".console-hold-comment input")).click();
        new Actions(driver(console)).sendKeys("Đi photo CCCD").sendKeys(Keys.F7).perform();
        console.waitUntilIdle();

        console.waitForText(By.className("console-held"), "C001");
        console.waitForText(By.className("console-held"), "Đi photo CCCD");
        console.waitForText(By.className("console-current"), "Không có số nào đang phục vụ.");
        assertThat(console.find(By.cssSelector(".console-hold-comment input")).getDomProperty("value")).isEmpty();
        console.screenshot("console-held-with-reason");

        // Still in the field, F9 takes the held ticket back.
        new Actions(driver(console)).sendKeys(Keys.F9).perform();
        console.waitUntilIdle();
        console.waitForExactText(By.className("console-number"), "C001");
        console.assertNotReloaded();
    }


    @Test
    void aRefusalIsGoneOnceTheNextActionWorks() {
        Browser console = consoleWaiting("console-refusal-then-success");
        press(console, Keys.F2);
        console.waitForExactText(By.className("console-number"), "C001");
        // Absent before the required recalls: refused, in words.
        press(console, Keys.F8);
        console.waitForText(By.tagName("vaadin-notification-card"), "Cần gọi lại người dân");
        console.screenshot("console-refused");

        press(console, Keys.F6);
        console.waitForText(By.className("console-called-at"), "Đã gọi lại 1 lần");
        // Closed at once, not left for its five seconds over a console that has moved on.
        await().atMost(Duration.ofSeconds(2)).ignoreExceptions().until(() -> console.all(By.tagName(
                "vaadin-notification-card")).stream().noneMatch(card -> card.getText().contains("Cần gọi lại")));
        console.screenshot("console-refusal-cleared");
    }

    /** CB02 at counter 3 with three land tickets waiting, on a laptop-sized console. */
    private Browser consoleWaiting(String name) {
        data.startOfDay();
        for (int i = 0; i < 3; i++) {
            issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        }
        Browser console = Browser.start(name, "http://localhost:" + port, 1366, 768);
        browsers.add(console);
        console.signIn("CB02", DemoAccess.PASSWORD).open("/counter/3");
        console.waitForText(By.className("console-waiting"), "C002");
        console.markPage();
        return console;
    }

    /** Records each key pressed on the page and whether the page kept the browser from acting on it. */
    private static void recordKeys(Browser browser) {
        ((JavascriptExecutor) driver(browser)).executeScript("""
                window.keysSeen = [];
                document.addEventListener('keydown', event => event.isTrusted && setTimeout(() => window.keysSeen
                    .push(event.key + (event.defaultPrevented ? ':prevented' : ':left to the browser'))), true);""");
    }

    @SuppressWarnings("unchecked")
    private static List<String> keysSeen(Browser browser) {
        return (List<String>) ((JavascriptExecutor) driver(browser)).executeScript("return window.keysSeen;");
    }

    /** Presses a key as the officer does, on whatever has focus now, and waits for the server's answer. */
    private static void press(Browser browser, Keys key) {
        new Actions(driver(browser)).sendKeys(key).perform();
        browser.waitUntilIdle();
    }

    private static WebDriver driver(Browser browser) {
        return ((WrapsDriver) browser.find(By.tagName("body"))).getWrappedDriver();
    }
}
