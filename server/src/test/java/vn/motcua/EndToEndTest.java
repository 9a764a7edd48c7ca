package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.security.DemoAccess;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The product's main path in real headless Chromium, one browser per device: a citizen takes a ticket at the
 * kiosk, the officer calls and finishes it at the console, the counter screen, the hall board and the pad follow by
 * server push (they are opened before the ticket exists and never reloaded), the citizen rates on the pad and the
 * managers' board shows the result. Screenshots of every screen land in target/screenshots/e2e-*.png.
 */
@BrowserTest
class EndToEndTest {

    private static final String SERVICE = "Đăng ký khai sinh, kết hôn, khai tử";
    private static final String COUNTER_1 = "Quầy 1 – Tư pháp – Hộ tịch";
    private static final String OFFICER = "Nguyễn Thị Hương";

    private static final List<Browser> browsers = new CopyOnWriteArrayList<>();

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @AfterAll
    static void quitBrowsers() {
        List<RuntimeException> failures = new ArrayList<>();
        for (Browser browser : browsers) {
            try {
                browser.close();
            } catch (RuntimeException failed) {
                failures.add(failed);
            }
        }
        browsers.clear();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.getFirst();
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    @Test
    void ticketTravelsFromKioskThroughCounterToPadAndBoard() {
        data.startOfDay();
        String base = "http://localhost:" + port;

        // Six devices, started side by side to save time; each is its own browser and Vaadin session.
        List<CompletableFuture<Browser>> starting = List.of(
                start("kiosk", base, 1080, 1920),
                start("console", base, 1366, 768),
                start("counter-display", base, 1920, 1080),
                start("hall", base, 1920, 1080),
                start("pad", base, 1280, 800),
                start("board", base, 1920, 1080));
        CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).exceptionally(failed -> null).join();
        Browser kiosk = joined(starting.get(0));
        Browser console = joined(starting.get(1));
        Browser counterDisplay = joined(starting.get(2));
        Browser hall = joined(starting.get(3));
        Browser pad = joined(starting.get(4));
        Browser board = joined(starting.get(5));
        try {
            // The screens in the hall and at the counter are up before anybody takes a ticket.
            // Devices are the demo's paired ones; the officer and the manager sign in.
            inParallel(() -> counterDisplay.openAsDevice("demo-display-1", "/display/counter/1"),
                    () -> hall.openAsDevice("demo-hall", "/display/hall"),
                    () -> pad.openAsDevice("demo-pad-1", "/pad/1"),
                    () -> board.signIn("giamdoc", DemoAccess.PASSWORD).open("/board"),
                    () -> console.signIn("CB01", DemoAccess.PASSWORD).open("/counter"),
                    () -> kiosk.openAsDevice(DemoAccess.KIOSK_TOKEN, "/kiosk"));
            counterDisplay.waitForExactText(By.className("display-counter-name"), "Quầy 1");
            counterDisplay.waitForExactText(By.className("display-idle"), "Quầy đang sẵn sàng");
            counterDisplay.waitForExactText(By.className("display-officer"), "Cán bộ: " + OFFICER);

            hall.waitForPageText("Chưa gọi số nào.");
            hall.waitForExactText(hallWaiting("A"), "0");

            pad.waitForExactText(By.className("pad-waiting-title"), "Xin chào ông/bà");
            assertThat(pad.all(By.className("pad-button")))
                    .as("the pad shows no faces while there is nothing to rate").isEmpty();

            board.waitForExactText(boardQueueWaiting("A"), "0");
            board.waitForExactText(BOARD_TOTAL_WAITING, "0");
            board.waitForExactText(By.className("board-percent"), "—");
            board.waitForExactText(By.cssSelector(".board-kpi.open-counters .board-kpi-value"), "6/6");

            // CB01 is seated at counter 1: the console opens there by itself.
            console.waitForSelected("Quầy", COUNTER_1);
            List<Browser> pushed = List.of(counterDisplay, hall, pad, board, console);
            pushed.forEach(Browser::markPage);

            // 1. The citizen takes a ticket at the kiosk.
            By service = By.cssSelector(".kiosk-service[data-service='HT-KS']");
            kiosk.waitForText(service, SERVICE);
            kiosk.waitForText(service, "0 người đang chờ");
            kiosk.screenshot("kiosk-services");
            kiosk.click(service);
            kiosk.waitForExactText(By.className("kiosk-chosen"), SERVICE);
            kiosk.waitForExactText(By.className("priority-elderly"), "Người cao tuổi");
            kiosk.click(By.className("priority-elderly"));

            kiosk.waitForExactText(By.className("kiosk-number"), "A001");
            kiosk.waitForExactText(By.className("kiosk-ticket-service"), SERVICE);
            kiosk.waitForExactText(By.className("kiosk-ticket-priority"), "Ưu tiên: Người cao tuổi");
            kiosk.waitForExactText(By.className("kiosk-ahead"), "Số người chờ trước: 0");
            assertThat(kiosk.waitForImage(By.className("kiosk-qr")).getDomAttribute("src"))
                    .as("the ticket's QR code").startsWith("data:image/svg+xml");
            kiosk.waitForText(By.cssSelector(".kiosk-print.ok"), "Đã in phiếu");
            kiosk.screenshot("kiosk-ticket");

            // The waiting counts follow by push.
            hall.waitForExactText(hallWaiting("A"), "1");
            board.waitForExactText(boardQueueWaiting("A"), "1");
            board.waitForExactText(BOARD_TOTAL_WAITING, "1");

            // 2. The officer, at counter 1, calls the next ticket.
            console.waitForSelected("Cán bộ tại quầy", OFFICER);
            console.waitForText(By.className("console-waiting-row"), "A001");
            console.waitForText(By.className("console-waiting-row"), "Ưu tiên");
            console.click(By.className("console-call"));
            console.waitForExactText(By.className("console-number"), "A001");
            console.waitForText(By.className("console-current"), SERVICE);

            // 3. Counter screen and hall board show the call without a reload.
            counterDisplay.waitForExactText(By.className("display-number"), "A001");
            counterDisplay.waitForExactText(By.className("display-service"), SERVICE);
            counterDisplay.waitForExactText(By.className("display-officer"), "Cán bộ: " + OFFICER);

            hall.waitForExactText(By.cssSelector(".hall-call.newest .hall-number"), "A001");
            hall.waitForExactText(By.cssSelector(".hall-call.newest .hall-counter"), "Quầy 1");
            assertThat(hall.all(By.className("hall-call"))).as("calls on the hall board").hasSize(1);
            hall.waitForExactText(hallWaiting("A"), "0");

            // The visitor sits down: the officer starts serving, and the pad offers the ticket to rate.
            console.click(By.className("console-start"));
            pad.waitForExactText(By.className("pad-number"), "A001");
            pad.waitForExactText(By.className("pad-officer"), "Cán bộ phục vụ: " + OFFICER);
            console.screenshot("console-serving");
            counterDisplay.screenshot("counter-display-serving");
            for (String face : List.of("very-satisfied", "satisfied", "neutral", "unsatisfied")) {
                pad.waitForImage(By.cssSelector(".score-" + face + " .pad-face"));
            }
            pad.screenshot("pad-question");

            // 4. The officer finishes; the citizen rates on the pad.
            console.click(By.className("console-finish"));
            console.waitForText(By.className("console-current"), "Không có số nào đang phục vụ.");
            pad.click(By.className("score-very-satisfied"));
            pad.waitForExactText(By.className("pad-thanks"), "Cảm ơn ông/bà đã đánh giá!");

            // 5. The managers' board follows by push.
            board.waitForExactText(By.className("board-percent"), "100,0%"); // Vietnamese decimal comma
            assertThat(board.find(By.className("board-percent")).getDomAttribute("class")).contains("meets-98");
            board.waitForExactText(By.cssSelector(".board-kpi.satisfaction .board-kpi-note"), "1 lượt đánh giá");
            board.waitForExactText(BOARD_TOTAL_WAITING, "0");
            // The manager turns to the satisfaction and counters pages of the same board.
            board.click(boardTab("Mức độ hài lòng hôm nay"));
            board.waitForExactText(By.xpath("//div[contains(@class,'board-level')][@data-level='VERY_SATISFIED']"
                    + "/span[contains(@class,'level-count')]"), "1");
            board.click(boardTab("Các quầy"));
            board.waitForExactText(boardCounterCell(1, "officer"), OFFICER);
            board.waitForExactText(boardCounterCell(1, "finished"), "1");
            pushed.forEach(Browser::assertNotReloaded);

            // 6. One rating is stored, linked to the ticket, its officer and its counter.
            List<String> ratings = jdbc.sql("""
                            select t.number, o.code, c.number, r.level
                            from rating r
                            join ticket t on t.id = r.ticket_id
                            join officer o on o.id = r.officer_id
                            join counter c on c.id = r.counter_id
                            """)
                    .query((row, i) -> row.getString(1) + " " + row.getString(2) + " " + row.getInt(3) + " "
                            + row.getString(4))
                    .list();
            assertThat(ratings).containsExactly("A001 CB01 1 VERY_SATISFIED");

            browsers.forEach(browser -> browser.screenshot(browser.name()));
        } catch (RuntimeException | AssertionError failed) {
            for (Browser browser : browsers) {
                try {
                    browser.screenshot(browser.name() + "-failed");
                } catch (RuntimeException screenshotFailed) {
                    failed.addSuppressed(screenshotFailed);
                }
            }
            throw failed;
        }
    }

    /** Runs the steps side by side, each in its own browser, and rethrows the first failure. */
    private static void inParallel(Runnable... steps) {
        List<CompletableFuture<Void>> running = Stream.of(steps).map(CompletableFuture::runAsync).toList();
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).exceptionally(failed -> null).join();
        running.forEach(EndToEndTest::joined);
    }

    private static CompletableFuture<Browser> start(String name, String base, int width, int height) {
        return CompletableFuture.supplyAsync(() -> {
            Browser browser = Browser.start(name, base, width, height);
            browsers.add(browser);
            return browser;
        });
    }

    /** The result of a step run aside, or its own failure (not wrapped), so the report names the real cause. */
    private static <T> T joined(CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (CompletionException failed) {
            switch (failed.getCause()) {
                case RuntimeException cause -> throw cause;
                case Error cause -> throw cause;
                case null, default -> throw failed;
            }
        }
    }

    /** The waiting count of one service's letter on the hall board. */
    private static By hallWaiting(String letter) {
        return By.xpath("//div[contains(@class,'hall-queue')][span[contains(@class,'hall-letter') and .='" + letter
                + "']]/span[contains(@class,'hall-waiting')]");
    }

    private static final By BOARD_TOTAL_WAITING = By.cssSelector(".board-queue tfoot td.waiting");

    /** The waiting count of one service's letter on the managers' board. */
    private static By boardQueueWaiting(String letter) {
        return By.xpath("//tr[contains(@class,'board-service')][@data-letter='" + letter
                + "']/td[contains(@class,'waiting')]");
    }

    /** One cell (officer, state, duration, finished) of a counter's row on the board's counters page. */
    private static By boardCounterCell(int counter, String cell) {
        return By.xpath("//tr[contains(@class,'board-counter')][@data-counter='" + counter + "']/td[contains(@class,'"
                + cell + "')]");
    }

    private static By boardTab(String page) {
        return By.xpath("//a[contains(@class,'board-tab')][normalize-space(.)='" + page + "']");
    }
}
