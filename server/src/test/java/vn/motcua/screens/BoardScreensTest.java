package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.kiosk.TrackingView;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.screens.report.BoardView;
import vn.motcua.screens.report.ScorecardView;

class BoardScreensTest extends ScreenTest {

    /** The center's director watches the boards. */
    @org.junit.jupiter.api.BeforeEach
    void aManagerSignedIn() {
        callers.signIn("giamdoc");
    }

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    GiveRating giveRating;
    @Autowired
    ServeTicket serveTicket;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void managersBoardFollowsQueueCallsAndRatingsLive() {
        navigate(BoardView.class);
        assertThat(pageTitle()).isEqualTo("Hàng chờ");
        assertThat(spanText("board-percent")).isEqualTo("—");
        assertThat(queueRow("E")).contains("Đăng ký hộ kinh doanh", "0");

        issueTicket.issue("KD-HKD", PriorityCategory.NONE);
        issueTicket.issue("KD-HKD", PriorityCategory.ELDERLY);
        awaitPushed(() -> assertThat(cellText("board-service", "data-letter", "E", "waiting")).isEqualTo("2"));
        assertThat(cellText("board-service", "data-letter", "E", "priority")).isEqualTo("1");
        assertThat(kpi("waiting")).isEqualTo("2");

        callNext.callNext(4);
        serveTicket.startServing(4);
        giveRating.rate(4, RatingLevel.VERY_SATISFIED);

        awaitPushed(() -> assertThat(spanText("board-percent")).isEqualTo("100,0%"));
        assertThat(find(Span.class).withClassName("board-percent").single().getClassNames()).contains("standing-meets-98");
        assertThat(cellText("board-service", "data-letter", "E", "waiting")).isEqualTo("1");
        assertThat(viewText()).contains("1 lượt đánh giá");
    }

    @Test
    void theQueuePageRedsTicketsWaitingPastTheTargetAsTimePasses() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        navigate(BoardView.class);
        assertThat(queueRowClasses("A")).doesNotContain("over-target");
        assertThat(kpi("over-target")).isEqualTo("0");

        // Nothing happens in the queue: the board's beat alone redraws it as the wait grows.
        clock.advance(Duration.ofMinutes(31));
        awaitPushed(() -> assertThat(queueRowClasses("A")).contains("over-target"));
        assertThat(find(Span.class).withClassName("board-late").single().getText()).isEqualTo("A001 · 31 phút");
        assertThat(cellText("board-service", "data-letter", "A", "longest")).isEqualTo("31 phút");
        assertThat(kpi("over-target")).isEqualTo("1");
        assertThat(viewText()).contains("Chờ quá 30 phút");
    }

    @Test
    void aServiceWaitingWithNoCounterOpenForItIsFlagged() {
        jdbc.sql("update counter set current_officer_id = null where number = 5").update();
        issueTicket.issue("LD-TCXH", PriorityCategory.NONE);

        navigate(BoardView.class);

        assertThat(queueRowClasses("F")).contains("stranded");
        assertThat(queueRow("F")).contains("Không có quầy nào đang mở cho dịch vụ này");
        assertThat(queueRowClasses("B")).as("nobody waits for B").doesNotContain("stranded");
    }

    @Test
    void theCountersPageShowsWhoSitsWhereWhatTheyDoAndForHowLong() {
        jdbc.sql("update counter set current_officer_id = null where number = 5").update();
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("TP-CT", PriorityCategory.NONE);
        issueTicket.issue("TP-CT", PriorityCategory.NONE);
        callNext.callNext(1);
        callNext.callNext(2);
        clock.advance(Duration.ofMinutes(2));
        serveTicket.finish(2);
        clock.advance(Duration.ofMinutes(7));

        navigate("board/counters", BoardView.class);

        assertThat(pageTitle()).isEqualTo("Các quầy");
        assertThat(counterRow(1)).contains("Quầy 1 – Tư pháp – Hộ tịch", "Nguyễn Thị Hương", "Đang mời số A001",
                "9 phút", "0");
        assertThat(counterRow(2)).contains("Vũ Ngọc Ánh", "Đang trống", "1 người đang chờ dịch vụ của quầy",
                "Trống 7 phút", "1");
        assertThat(counterRow(3)).contains("Trần Văn Đức", "Đang trống", "Chưa phục vụ lượt nào hôm nay");
        assertThat(counterRow(5)).contains("Quầy đóng – chưa có cán bộ");
        assertThat(counterClasses(5)).contains("closed");
        assertThat(counterClasses(2)).contains("idle", "people-waiting");
        assertThat(kpi("open-counters")).isEqualTo("5/6");

        serveTicket.startServing(1);
        awaitPushed(() -> assertThat(counterRow(1)).contains("Đang phục vụ số A001"));
    }

    @Test
    void theSatisfactionPageRanksOfficersAndUnitsAndListsLowRatingsWithTheirReasons() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        callNext.callNext(1);
        serveTicket.startServing(1);
        giveRating.rate(1, RatingLevel.VERY_SATISFIED);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        clock.advance(Duration.ofMinutes(20));
        callNext.callNext(3);
        serveTicket.startServing(3);
        Rating low = giveRating.rate(3, RatingLevel.UNSATISFIED);
        jdbc.sql("insert into rating_reason (rating_id, reason) values (?, 'WAITED_LONG'), (?, 'ATTITUDE')")
                .params(low.getId(), low.getId()).update();

        navigate("board/satisfaction", BoardView.class);

        assertThat(pageTitle()).isEqualTo("Mức độ hài lòng hôm nay");
        assertThat(find(Span.class).withClassName("board-big-percent").single().getText()).isEqualTo("50,0%");
        assertThat(viewText()).contains("Dưới 90%", "2 lượt đánh giá",
                "Nguyễn Thị Hương", "Phòng Tư pháp – Hộ tịch", "100,0%", "Đạt 98%",
                "Trần Văn Đức", "Phòng Kinh tế", "0,0%");
        Div card = find(Div.class).withClassName("board-low").single();
        assertThat(card.getElement().getTextRecursively()).contains("07:50", "C001", "Không hài lòng",
                "Trần Văn Đức · Quầy 3", "Phải chờ lâu", "Thái độ phục vụ chưa tốt");

        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        callNext.callNext(1);
        serveTicket.startServing(1);
        giveRating.rate(1, RatingLevel.NEUTRAL);
        awaitPushed(() -> assertThat(find(Div.class).withClassName("board-low").all()).hasSize(2));
    }

    @Test
    void theWallTvTurnsItsPagesWithoutControls() {
        navigate("board/tv", BoardView.class);

        assertThat(find(Nav.class).exists()).as("no tabs on a TV").isFalse();
        assertThat(find(Span.class).withClassName("board-dot").all()).extracting(Span::getText)
                .containsExactly("Hàng chờ", "Các quầy", "Mức độ hài lòng hôm nay", "Hồ sơ trễ hạn",
                        "Xếp hạng tháng trước");
        List<String> seen = new ArrayList<>();
        seen.add(pageTitle());
        for (int turn = 0; turn < 5; turn++) {
            String before = pageTitle();
            clock.advance(Duration.ofSeconds(15));
            awaitPushed(() -> assertThat(pageTitle()).isNotEqualTo(before));
            seen.add(pageTitle());
        }
        assertThat(seen.subList(0, 5)).containsExactlyInAnyOrder("Hàng chờ", "Các quầy", "Mức độ hài lòng hôm nay",
                "Hồ sơ trễ hạn", "Xếp hạng tháng trước");
        assertThat(seen.get(5)).as("back to the first page").isEqualTo(seen.get(0));
        assertThat(find(Span.class).withClassName("board-dot").withClassName("active").single().getText())
                .isEqualTo(seen.get(5));
    }

    @Test
    void theTvModeIsAlsoAQueryParameter() {
        navigateWithQuery("board", "tv");
        assertThat(getCurrentView()).isInstanceOf(BoardView.class);

        assertThat(find(Nav.class).exists()).isFalse();
        assertThat(find(Div.class).withClassName("live-board").single().getClassNames()).contains("tv");
    }

    @Test
    void anOfficersScorecardFollowsTheChosenOfficerAndPeriodInTheAddress() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        clock.advance(Duration.ofMinutes(12));
        callNext.callNext(3);
        clock.advance(Duration.ofMinutes(5));
        serveTicket.finish(3);
        giveRating.rate(3, RatingLevel.SATISFIED);

        navigateWithQuery("scorecard", "officer=CB02&day=2026-11-23");
        assertThat(getCurrentView()).isInstanceOf(ScorecardView.class);

        assertThat(viewText()).contains("Trần Văn Đức (CB02) – Phòng Kinh tế", "Ngày 23/11/2026");
        assertThat(tile("served")).isEqualTo("1");
        assertThat(tile("wait")).isEqualTo("12 phút");
        assertThat(tile("service")).isEqualTo("5 phút");
        assertThat(tile("no-shows")).isEqualTo("0");
        assertThat(tile("transfers")).isEqualTo("0");
        assertThat(tile("satisfaction")).isEqualTo("100,0%");

        test(find(RadioButtonGroup.class).withClassName("scorecard-kind").single()).selectItem("Theo tháng");
        assertThat(location()).isEqualTo(Map.of("officer", List.of("CB02"), "month", List.of("2026-11")));
        assertThat(viewText()).contains("Tháng 11/2026");
        assertThat(tile("served")).isEqualTo("1");
        assertThat(find(NativeTableRow.class).withClassName("scorecard-day-row").single().getElement()
                .getTextRecursively()).contains("23/11/2026", "12 phút", "5 phút", "100,0% (1 lượt)");

        test(find(ComboBox.class).withClassName("scorecard-officer").single())
                .selectItem("Nguyễn Thị Hương (CB01) – Phòng Tư pháp – Hộ tịch");
        assertThat(location()).isEqualTo(Map.of("officer", List.of("CB01"), "month", List.of("2026-11")));
        assertThat(tile("served")).isEqualTo("0");
        assertThat(tile("wait")).isEqualTo("—");
        assertThat(viewText()).contains("Tháng này cán bộ chưa phục vụ lượt nào.");
    }

    @Test
    void theScorecardAsksForAnOfficerFirst() {
        navigate(ScorecardView.class);
        assertThat(viewText()).contains("Chọn cán bộ để xem kết quả");
        assertThat(find(Div.class).withClassName("scorecard-tiles").exists()).isFalse();
    }

    private String pageTitle() {
        return find(H2.class).withClassName("board-page-title").single().getText();
    }

    private String kpi(String className) {
        Div figure = find(Div.class).withClassName("board-kpi").withClassName(className).single();
        return figure.getChildren().filter(c -> c.hasClassName("board-kpi-value")).findFirst().orElseThrow()
                .getElement().getText();
    }

    private String tile(String className) {
        return kpi(className);
    }

    private String queueRow(String letter) {
        return row("board-service", "data-letter", letter).getElement().getTextRecursively();
    }

    private Set<String> queueRowClasses(String letter) {
        return row("board-service", "data-letter", letter).getClassNames();
    }

    private String counterRow(int number) {
        return row("board-counter", "data-counter", String.valueOf(number)).getElement().getTextRecursively();
    }

    private Set<String> counterClasses(int number) {
        return row("board-counter", "data-counter", String.valueOf(number)).getClassNames();
    }

    private String cellText(String rowClass, String attribute, String value, String cellClass) {
        return row(rowClass, attribute, value).getChildren().filter(cell -> cell.hasClassName(cellClass)).findFirst()
                .orElseThrow().getElement().getTextRecursively();
    }

    private NativeTableRow row(String rowClass, String attribute, String value) {
        return find(NativeTableRow.class).withClassName(rowClass).all().stream()
                .filter(row -> value.equals(row.getElement().getAttribute(attribute)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rowClass + " " + value));
    }

    /** Opens a route with a query string, as a link or a typed address would. */
    private void navigateWithQuery(String route, String query) {
        UI.getCurrent().navigate(route, QueryParameters.fromString(query));
        roundTrip();
    }

    /** The query of the address the browser shows now. */
    private static Map<String, List<String>> location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    @Test
    void phonePageFollowsItsTicketUntilItIsCalled() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        String code = issueTicket.issue("HT-KS", PriorityCategory.NONE).ticket().getTrackingCode();
        navigate("t/" + code, TrackingView.class);
        assertThat(spanText("tracking-state")).isEqualTo("Còn 1 người trước ông/bà");

        callNext.callNext(1);
        serveTicket.startServing(1);
        awaitPushed(() -> assertThat(spanText("tracking-state")).isEqualTo("Sắp đến lượt ông/bà, xin mời chuẩn bị"));
        callNext.callNext(1);
        awaitPushed(() -> assertThat(spanText("tracking-state")).isEqualTo("Mời ông/bà đến quầy số 1"));
    }

    @Test
    void anUnknownTrackingCodeSaysSo() {
        navigate("t/nope", TrackingView.class);
        assertThat(viewText()).contains("Không tìm thấy phiếu này.");
    }

    @Test
    void startPageLinksTheScreensAManagerMayOpenAndEveryDevice() {
        navigate(vn.motcua.screens.center.HomeView.class);
        // In the demo, a device screen's link pairs this browser as the demo's device for it first. A manager serves
        // at no counter and administers nothing: the console and the admin screens are not offered (issue 11).
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("/board", "/board/tv", "/scorecard", "/devices", "/audit", "/ho-so", "/admin/dossiers/import",
                        "/ho-so/bo-sung-lan-sau", "/ho-so/giai-trinh", "/ho-so/xin-loi", "/vi-pham", "/ho-so/qua-han",
                        "/phan-anh/xu-ly", "/danh-gia/theo-doi", "/canh-bao-co", "/bao-cao/danh-gia-can-bo", "/bao-cao/chi-so-766",
                        "/bao-cao/thang", "/bao-cao/quy", "/bao-cao/chi-tieu", "/bao-cao/xep-hang", "/bao-cao", "/bao-cao/ngay", "/bao-cao/tuan",
                        "/pair/token?t=demo-kiosk&next=/kiosk", "/pair/token?t=demo-hall&next=/display/hall",
                        "/pair/token?t=demo-display-6&next=/display/counter/6", "/pair/token?t=demo-pad-6&next=/pad/6")
                .doesNotContain("/counter", "/admin/devices", "/admin/settings", "/admin/accounts", "/admin/center",
                        "/admin/units", "/admin/officers", "/admin/calendar",
                        "/admin/device-map")
                .hasSize(24 + 2 + 6 * 2);
        assertThat(viewText()).contains("Đang đăng nhập: Lê Quang Hải (Lãnh đạo)");
    }
}
