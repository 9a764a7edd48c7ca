package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.RouteTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;

/**
 * The managers' board and an officer's scorecard in real headless Chromium, on a busy Monday morning worked through
 * the real queue services: each page of the board on a 1920x1080 screen, the wall TV turning its pages by itself,
 * and the scorecard on a 1366x768 laptop. Screenshots: target/screenshots/e2e-board-*.png and e2e-scorecard-*.png.
 */
@BrowserTest
class BoardBrowserTest {

    private static final List<String> PAGES = List.of("Hàng chờ", "Các quầy", "Mức độ hài lòng hôm nay",
            "Hồ sơ trễ hạn", "Xếp hạng tháng trước");

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
    GiveRating giveRating;
    @Autowired
    JdbcClient jdbc;

    @Test
    void boardPagesTvAndScorecardAsAManagerSeesThem() {
        Browser.requireChromium();
        busyMonday();
        String base = "http://localhost:" + port;

        try (Browser board = Browser.start("board", base, 1920, 1080)) {
            try {
                board.signIn("giamdoc", vn.motcua.security.DemoAccess.PASSWORD).open("/board");
                board.waitForExactText(By.className("board-page-title"), "Hàng chờ");
                board.waitForExactText(By.cssSelector(".board-queue tfoot td.waiting"), "10");
                assertThat(board.all(By.cssSelector("tr.board-service.over-target"))).extracting(row ->
                        row.getDomAttribute("data-letter")).containsExactly("C", "F", "G");
                assertThat(board.all(By.className("board-late"))).extracting(WebElement::getText)
                        .containsExactly("C004 · 2 giờ 08 phút", "C005 · 2 giờ 08 phút", "F001 · 2 giờ 15 phút",
                                "G004 · 2 giờ 15 phút", "G005 · 2 giờ 15 phút");
                board.waitForExactText(By.cssSelector(".board-kpi.over-target .board-kpi-value"), "5");
                // Counter 5 is closed: nobody will call the visitor waiting for social allowances.
                board.waitForText(By.cssSelector("tr.board-service.stranded[data-letter='F']"),
                        "Không có quầy nào đang mở cho dịch vụ này");
                board.waitForExactText(By.cssSelector(".board-kpi.satisfaction .board-kpi-value"), "80,0%");
                board.screenshot("board-queue");

                board.markPage();
                board.click(By.xpath("//a[contains(@class,'board-tab')][normalize-space(.)='Các quầy']"));
                board.waitForExactText(By.className("board-page-title"), "Các quầy");
                board.waitForText(counterRow(5), "Quầy đóng – chưa có cán bộ");
                board.waitForText(counterRow(1), "Đang phục vụ số A004");
                board.waitForText(counterRow(2), "Đang mời số B003");
                board.waitForText(counterRow(4), "Đang trống");
                board.waitForText(counterRow(4), "3 người đang chờ dịch vụ của quầy");
                board.waitForText(counterRow(4), "Trống 27 phút");
                board.screenshot("board-counters");

                board.click(By.xpath("//a[contains(@class,'board-tab')][normalize-space(.)='Mức độ hài lòng hôm nay']"));
                board.waitForExactText(By.className("board-page-title"), "Mức độ hài lòng hôm nay");
                board.waitForText(By.className("board-sat-low"), "Thái độ phục vụ chưa tốt");
                board.screenshot("board-satisfaction");

                // A new low rating arrives while the manager looks: pushed, not reloaded.
                callNext.callNext(4);
                serve.startServing(4);
                giveRating.rate(4, RatingLevel.UNSATISFIED);
                board.waitForText(By.className("board-sat-low"), "Phạm Thu Trang · Quầy 4");
                board.assertNotReloaded();
            } catch (RuntimeException | AssertionError failed) {
                board.screenshot("board-failed");
                throw failed;
            }
        }

        try (Browser tv = Browser.start("tv", base, 1920, 1080)) {
            try {
                tv.signIn("giamdoc", vn.motcua.security.DemoAccess.PASSWORD).open("/board/tv");
                tv.waitForText(By.cssSelector(".board-dot.active"), "");
                assertThat(tv.all(By.className("board-tabs"))).as("no controls on the TV").isEmpty();
                tv.markPage();
                List<String> shown = new ArrayList<>();
                for (int turn = 0; turn < PAGES.size(); turn++) {
                    String page = tv.find(By.cssSelector(".board-dot.active")).getText();
                    shown.add(page);
                    tv.screenshot("board-tv-" + (PAGES.indexOf(page) + 1));
                    clock.advance(Duration.ofSeconds(15));
                    tv.waitForExactText(By.cssSelector(".board-dot.active"),
                            PAGES.get((PAGES.indexOf(page) + 1) % PAGES.size()));
                }
                assertThat(shown).containsExactlyInAnyOrderElementsOf(PAGES);
                tv.assertNotReloaded();
            } catch (RuntimeException | AssertionError failed) {
                tv.screenshot("board-tv-failed");
                throw failed;
            }
        }

        try (Browser laptop = Browser.start("scorecard", base, 1366, 768)) {
            try {
                laptop.signIn("giamdoc", vn.motcua.security.DemoAccess.PASSWORD).open("/scorecard?officer=CB02&day=2026-11-23");
                laptop.waitForText(By.className("scorecard-who"), "Trần Văn Đức (CB02) – Phòng Kinh tế");
                laptop.waitForExactText(By.cssSelector(".board-kpi.served .board-kpi-value"), "3");
                laptop.screenshot("scorecard-day");

                laptop.click(By.xpath("//vaadin-radio-button[normalize-space(.)='Theo tháng']"));
                laptop.waitForText(By.className("scorecard-when"), "Tháng 11/2026");
                laptop.waitForExactText(By.cssSelector(".board-kpi.served .board-kpi-value"), "3");
                laptop.waitForText(By.className("scorecard-day-row"), "23/11/2026");
                laptop.screenshot("scorecard-month");
            } catch (RuntimeException | AssertionError failed) {
                laptop.screenshot("scorecard-failed");
                throw failed;
            }
        }
    }

    /**
     * 07:30 to 09:50 at the demo center: visitors for every field, counter 5 without an officer, a transfer from
     * counter 1 to land (counter 3), an absent visitor at the police counter, and ratings, two of them low with
     * the visitors' reasons; at 09:50 five visitors have waited over two hours.
     */
    private void busyMonday() {
        data.startOfDay();
        jdbc.sql("update counter set current_officer_id = null where number = 5").update();
        at(7, 30);
        take("CA-CT", 3);
        take("HT-KS", 2);
        take("DD-GCN", 2);
        at(7, 35);
        take("TP-CT", 2);
        take("KD-HKD", 1);
        issueTicket.issue("HT-KS", PriorityCategory.ELDERLY);
        take("CA-CT", 2);
        take("LD-TCXH", 1);
        at(7, 42);
        take("DD-GCN", 3);
        take("XD-GP", 1);

        at(7, 45);
        served(1, 9, RatingLevel.VERY_SATISFIED);
        served(2, 6, RatingLevel.SATISFIED);
        served(4, 12, RatingLevel.VERY_SATISFIED);
        served(1, 7, RatingLevel.SATISFIED);
        callNext.callNext(1);
        clock.advance(Duration.ofMinutes(5));
        route.transfer(1, "DD-GCN", null, "Hồ sơ đất đai");
        served(3, 14, RatingLevel.UNSATISFIED, "WAITED_LONG", "ATTITUDE");
        served(3, 11, RatingLevel.VERY_SATISFIED);
        callNext.callNext(6);
        serve.recall(6);
        serve.recall(6);
        clock.advance(Duration.ofMinutes(3));
        serve.noShow(6);
        served(6, 8, RatingLevel.NEUTRAL, "SLOW_SERVICE");
        served(2, 5, RatingLevel.VERY_SATISFIED);
        served(4, 9, RatingLevel.SATISFIED);
        served(3, 10, RatingLevel.SATISFIED);

        at(9, 40);
        take("HT-KS", 3);
        take("TP-CT", 1);
        take("CA-CT", 2);
        take("KD-HKD", 1);
        callNext.callNext(1);
        serve.startServing(1);
        at(9, 44);
        callNext.callNext(2);
        at(9, 45);
        callNext.callNext(3);
        serve.startServing(3);
        at(9, 48);
        callNext.callNext(6);
        at(9, 50);
        assertThat(jdbc.sql("select count(*) from ticket where status = 'WAITING'").query(Long.class).single())
                .isEqualTo(10);
    }

    /** The counter calls its next visitor, serves them for so many minutes, and the visitor rates (and says why). */
    private void served(int counter, int minutes, RatingLevel level, String... reasons) {
        callNext.callNext(counter);
        clock.advance(Duration.ofMinutes(1));
        serve.startServing(counter);
        clock.advance(Duration.ofMinutes(minutes));
        serve.finish(counter);
        Rating rating = giveRating.rate(counter, level);
        for (String reason : reasons) {
            jdbc.sql("insert into rating_reason (rating_id, reason) values (?, ?)").params(rating.getId(), reason)
                    .update();
        }
    }

    private void take(String service, int count) {
        for (int i = 0; i < count; i++) {
            issueTicket.issue(service, PriorityCategory.NONE);
        }
    }

    private void at(int hour, int minute) {
        clock.set(LocalDateTime.of(2026, 11, 23, hour, minute));
    }

    private static By counterRow(int number) {
        return By.cssSelector("tr.board-counter[data-counter='" + number + "']");
    }
}
