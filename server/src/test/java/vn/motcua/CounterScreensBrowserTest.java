package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.center.HallNotice;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.CarryOver;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.RouteTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.RatingLevel;

/**
 * The counter screens in real headless Chromium at the sizes they run at: the officer's console on a full-HD monitor
 * and on a 1366x768 laptop, the screen above the counter, the hall board landscape and upright. A morning at counter 3
 * (a carried-over ticket, a transfer, priority visitors, three served and rated) is played through the application's
 * services; the officer works with the function keys. Screenshots land in target/screenshots/e2e-*.png.
 */
@BrowserTest
class CounterScreensBrowserTest {

    private static final Pattern TIMER = Pattern.compile("\\d+:\\d\\d(:\\d\\d)?");

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
    @Autowired
    GiveRating giveRating;
    @Autowired
    HallNotice hallNotice;
    @Autowired
    JdbcClient jdbc;

    private final List<Browser> browsers = new ArrayList<>();
    private String noticeBefore;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @AfterEach
    void closeBrowsersAndPutTheNoticeBack() {
        browsers.forEach(Browser::close);
        browsers.clear();
        if (noticeBefore != null) {
            hallNotice.change(noticeBefore);
        }
    }

    @Test
    void consoleAndCounterDisplayThroughACallAndAService() {
        data.startOfDay();
        morningAtCounter3();
        Browser wide = start("console-1920x1080", 1920, 1080);
        Browser laptop = start("console-1366x768", 1366, 768);
        Browser display = start("display-1920x1080", 1920, 1080);
        Browser smallDisplay = start("display-1280x720", 1280, 720);
        List<Browser> consoles = List.of(wide, laptop);
        List<Browser> displays = List.of(display, smallDisplay);

        for (Browser console : consoles) {
            console.signIn("CB02", vn.motcua.security.DemoAccess.PASSWORD).open("/counter/3");
            console.waitForText(By.className("console-current"), "Không có số nào đang phục vụ.");
            console.waitForExactText(By.cssSelector(".console-today-served .console-figure-value"), "3");
            console.waitForExactText(By.cssSelector(".console-today-average .console-figure-value"), "6:20");
            console.waitForExactText(By.cssSelector(".console-today-satisfied .console-figure-value"), "100%");
            List<WebElement> rows = console.all(By.className("console-waiting-row"));
            assertThat(rows).extracting(row -> row.findElement(By.className("console-waiting-number")).getText())
                    .containsExactly("C004", "A001", "C003", "D004", "C001", "C002");
            assertThat(rows.get(0).getText()).contains("Từ hôm trước (20/11)");
            assertThat(rows.get(1).getText()).contains("Xếp lên đầu");
            assertThat(rows.get(2).getText()).contains("Ưu tiên: Phụ nữ mang thai");
            assertThat(rows.get(3).getText()).contains("Ưu tiên: Người cao tuổi");
            assertThat(console.find(By.className("console-call")).getText()).contains("Gọi số tiếp theo", "F2");
            console.markPage();
            console.screenshot(console.name() + "-idle");
        }
        for (Browser screen : displays) {
            screen.openAsDevice("demo-display-3", "/display/counter/3");
            screen.waitForExactText(By.className("display-idle"), "Quầy đang sẵn sàng");
            screen.waitForExactText(By.className("display-officer"), "Cán bộ: Trần Văn Đức");
            screen.markPage();
            screen.screenshot(screen.name() + "-ready");
        }

        // The officer calls with F2: the carried-over visitor comes first.
        press(wide, Keys.F2);
        for (Browser console : consoles) {
            console.waitForExactText(By.className("console-number"), "C004");
            console.waitForExactText(By.className("console-timer-label"), "Chờ công dân đến");
            assertThat(console.find(By.className("console-timer")).getText()).matches(TIMER);
            console.screenshot(console.name() + "-called");
        }
        for (Browser screen : displays) {
            screen.waitForExactText(By.className("display-number"), "C004");
            screen.waitForExactText(By.className("display-invite"), "Xin mời số");
        }

        // F3: the visitor sits down; four minutes on, another visitor takes a ticket and every screen re-renders.
        press(wide, Keys.F3);
        wide.waitForExactText(By.className("console-timer-label"), "Thời gian phục vụ");
        clock.advance(Duration.ofMinutes(4).plusSeconds(10));
        issueTicket.issue("XD-GP", PriorityCategory.NONE);
        for (Browser console : consoles) {
            console.waitForText(By.className("console-waiting"), "D005");
            // Read afresh each time: a late push of the same change may redraw the timer, never reset it.
            By timer = By.className("console-timer");
            String first = console.find(timer).getText();
            assertThat(first).matches(TIMER).startsWith("4:1");
            // The timer runs in the browser: a second later it shows a later time, without a reload.
            await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                    .ignoreException(StaleElementReferenceException.class)
                    .until(() -> !console.find(timer).getText().equals(first));
            assertThat(seconds(console.find(timer).getText())).isBetween(seconds(first) + 1, seconds(first) + 3);
            console.screenshot(console.name() + "-serving");
            console.assertNotReloaded();
        }
        for (Browser screen : displays) {
            screen.waitForExactText(By.className("display-invite"), "Đang phục vụ số");
            WebElement number = screen.waitForExactText(By.className("display-number"), "C004");
            int viewportHeight = screen.name().endsWith("720") ? 720 : 1080;
            assertThat(number.getRect().getHeight()).as("height of the number on %s", screen.name())
                    .isGreaterThanOrEqualTo(viewportHeight / 4);
            assertThat(number.getRect().getY() + number.getRect().getHeight()).isLessThanOrEqualTo(viewportHeight);
            screen.screenshot(screen.name() + "-serving");
            screen.assertNotReloaded();
        }

        // F4: done; the visitor rates it, and the officer's own figures follow at once.
        press(wide, Keys.F4);
        giveRating.rate(3, RatingLevel.SATISFIED);
        for (Browser console : consoles) {
            console.waitForText(By.className("console-current"), "Không có số nào đang phục vụ.");
            console.waitForExactText(By.cssSelector(".console-today-served .console-figure-value"), "4");
            console.waitForText(By.cssSelector(".console-today-satisfied"), "4 đánh giá");
        }

        // Nobody seated at counter 4: its screen says it is closed.
        jdbc.sql("update counter set current_officer_id = null where number = 4").update();
        display.openAsDevice("demo-display-4", "/display/counter/4");
        display.waitForExactText(By.className("display-idle"), "Quầy tạm nghỉ");
        assertThat(display.all(By.className("display-officer"))).isEmpty();
        display.screenshot(display.name() + "-closed");
    }

    @Test
    void hallBoardRunsTheNoticeAlongTheBottomAndDropsItWhenCleared() {
        data.startOfDay();
        morningAtCounter3();
        noticeBefore = jdbc.sql("select hall_notice from center").query(String.class).list().getFirst();
        callNext.callNext(3);
        Browser landscape = start("hall-1920x1080", 1920, 1080);
        Browser upright = start("hall-1080x1920", 1080, 1920);

        for (Browser hall : List.of(landscape, upright)) {
            hall.openAsDevice("demo-hall", "/display/hall");
            hall.waitForExactText(By.cssSelector(".hall-call.newest .hall-number"), "C004");
            WebElement notice = hall.waitForText(By.className("hall-notice"), "Giờ làm việc");
            hall.markPage();
            hall.screenshot(hall.name() + "-notice");
            assertThat(((Number) js(hall).executeScript("return document.documentElement.scrollWidth;")).intValue())
                    .as("%s scrolls sideways", hall.name()).isLessThanOrEqualTo(width(hall));
            assertThat(hall.find(By.className("hall-notice-label")).getText()).isEqualToIgnoringCase("Thông báo");
            assertThat(notice.getRect().getY() + notice.getRect().getHeight())
                    .as("the notice sits at the bottom of %s", hall.name()).isCloseTo(height(hall), within(1));
            WebElement text = hall.find(By.className("hall-notice-text"));
            int firstX = text.getRect().getX();
            await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> text.getRect().getX() < firstX);
            // Nothing the board shows hides behind the notice line.
            for (WebElement row : hall.all(By.cssSelector(".hall-call, .hall-queue"))) {
                assertThat(row.getRect().getY() + row.getRect().getHeight()).as("%s: %s", hall.name(), row.getText())
                        .isLessThanOrEqualTo(notice.getRect().getY());
            }
        }

        hallNotice.change("");
        for (Browser hall : List.of(landscape, upright)) {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> hall.all(By.className("hall-notice")).stream().noneMatch(WebElement::isDisplayed));
            hall.assertNotReloaded();
        }
        landscape.screenshot(landscape.name() + "-no-notice");
    }

    /**
     * Friday: four land tickets, three served, the fourth carried over. Monday at counter 3: three walk-ins served
     * and rated, then a mixed queue (a transfer from counter 1, two priority visitors, ordinary ones); other counters
     * call too, so the hall board is full. The clock stops at 07:42.
     */
    private void morningAtCounter3() {
        clock.set(LocalDateTime.of(2026, 11, 20, 15, 0));
        for (int i = 0; i < 4; i++) {
            issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        }
        for (int i = 0; i < 3; i++) {
            callNext.callNext(3);
            clock.advance(Duration.ofMinutes(5));
            serve.finish(3);
        }
        clock.set(LocalDateTime.of(2026, 11, 20, 17, 0));
        carryOver.run(clock.instant());

        clock.set(LocalDateTime.of(2026, 11, 23, 7, 0));
        data.officersSitDown();
        walkIn(Duration.ofMinutes(6), RatingLevel.VERY_SATISFIED);
        walkIn(Duration.ofMinutes(4), RatingLevel.SATISFIED);
        walkIn(Duration.ofMinutes(9), RatingLevel.VERY_SATISFIED);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        issueTicket.issue("XD-GP", PriorityCategory.ELDERLY);
        issueTicket.issue("DD-GCN", PriorityCategory.PREGNANT);
        for (String service : List.of("TP-CT", "LD-TCXH", "CA-CT")) {
            issueTicket.issue(service, PriorityCategory.NONE);
        }
        callNext.callNext(1);
        route.transfer(1, "DD-GCN", null, null);
        clock.advance(Duration.ofMinutes(3));
        callNext.callNext(2);
        callNext.callNext(5);
        callNext.callNext(6);
        clock.set(LocalDateTime.of(2026, 11, 23, 7, 42));
    }

    private void walkIn(Duration serviceTime, RatingLevel level) {
        issueTicket.serveWalkIn(3, "XD-GP");
        clock.advance(serviceTime);
        serve.finish(3);
        giveRating.rate(3, level);
    }

    private Browser start(String name, int width, int height) {
        Browser browser = Browser.start(name, "http://localhost:" + port, width, height);
        browsers.add(browser);
        return browser;
    }

    /** Presses a function key on the page, as the officer does, and waits for the server's answer. */
    private static void press(Browser browser, Keys key) {
        new Actions(driver(browser)).sendKeys(key).perform();
        browser.waitUntilIdle();
    }

    private static WebDriver driver(Browser browser) {
        return ((WrapsDriver) browser.find(By.tagName("body"))).getWrappedDriver();
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) driver(browser);
    }

    private static int height(Browser hall) {
        return hall.name().endsWith("1920") ? 1920 : 1080;
    }

    private static int width(Browser hall) {
        return hall.name().endsWith("1920") ? 1080 : 1920;
    }

    private static long seconds(String timer) {
        long total = 0;
        for (String part : timer.split(":")) {
            total = total * 60 + Long.parseLong(part);
        }
        return total;
    }
}
