package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.center.HallNotice;
import vn.motcua.counter.CounterDisplayView;
import vn.motcua.counter.HallDisplayView;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;

class DisplayScreensTest extends ScreenTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    HallNotice hallNotice;
    @Autowired
    JdbcClient jdbc;

    /** How the demo center's notice begins (demo data V1002). */
    private static final String DEMO_NOTICE_START = "Giờ làm việc: sáng 7:30–11:30";

    private String noticeBefore;

    /** The notice is center data, not part of a day's queue: tests that change it put the one before back. */
    @BeforeEach
    void keepTheNotice() {
        noticeBefore = jdbc.sql("select hall_notice from center").query(String.class).list().getFirst();
    }

    @AfterEach
    void putTheNoticeBack() {
        jdbc.sql("update center set hall_notice = ?").param(noticeBefore).update();
    }

    @Test
    void counterDisplayIsReadyThenShowsTheCalledNumberByPushThenServesIt() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callers.asDevice(vn.motcua.security.DeviceRole.COUNTER_DISPLAY, 3);
        CounterDisplayView display = navigate(CounterDisplayView.class, 3);
        assertThat(spanText("display-idle")).isEqualTo("Quầy đang sẵn sàng");
        assertThat(spanText("display-counter-name")).isEqualTo("Quầy 3");
        assertThat(spanText("display-officer")).isEqualTo("Cán bộ: Trần Văn Đức");
        assertThat(display.getClassNames()).contains("ready");

        callNext.callNext(3);

        awaitPushed(() -> assertThat(spanText("display-number")).isEqualTo("C001"));
        assertThat(spanText("display-invite")).isEqualTo("Xin mời số");
        assertThat(spanText("display-officer")).isEqualTo("Cán bộ: Trần Văn Đức");
        assertThat(find(Span.class).withClassName("display-idle").exists()).isFalse();

        serve.startServing(3);
        awaitPushed(() -> assertThat(spanText("display-invite")).isEqualTo("Đang phục vụ số"));
        assertThat(spanText("display-number")).isEqualTo("C001");
        assertThat(display.getClassNames()).contains("serving").doesNotContain("ready");
    }

    @Test
    void counterDisplayWithNobodySeatedSaysTheCounterIsClosed() {
        jdbc.sql("update counter set current_officer_id = null where number = 6").update();
        callers.asDevice(vn.motcua.security.DeviceRole.COUNTER_DISPLAY, 6);
        CounterDisplayView display = navigate(CounterDisplayView.class, 6);
        assertThat(spanText("display-idle")).isEqualTo("Quầy tạm nghỉ");
        assertThat(find(Span.class).withClassName("display-officer").exists()).isFalse();
        assertThat(display.getClassNames()).contains("closed");
    }

    @Test
    void counterDisplayOfAnUnknownCounterSaysSo() {
        callers.asDevice(vn.motcua.security.DeviceRole.COUNTER_DISPLAY, 42);
        navigate(CounterDisplayView.class, 42);
        assertThat(viewText()).contains("Không có quầy này.");
    }

    @Test
    void hallBoardHighlightsTheNewestCallAndCountsWhoWaits() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callers.asDevice(vn.motcua.security.DeviceRole.HALL, null);
        navigate(HallDisplayView.class);
        assertThat(viewText()).contains("Chưa gọi số nào.");

        callNext.callNext(1);
        callNext.callNext(3);

        awaitPushed(() -> assertThat(find(Div.class).withClassName("hall-call", "newest").single()
                .getElement().getTextRecursively()).isEqualTo("C001→Quầy 3"));
        assertThat(find(Div.class).withClassName("hall-call").all()).hasSize(2);
        assertThat(find(Div.class).withClassName("hall-queue")
                .withCondition(row -> row.getElement().getTextRecursively().contains("Cấp, đăng ký biến động")).single()
                .getElement().getTextRecursively()).endsWith("1");
    }

    @Test
    void hallBoardRunsTheCentersNoticeAndHidesTheLineWhenThereIsNone() {
        callers.asDevice(vn.motcua.security.DeviceRole.HALL, null);
        navigate(HallDisplayView.class);
        assertThat(noticeShown()).isTrue();
        assertThat(spanText("hall-notice-text")).startsWith(DEMO_NOTICE_START);
        assertThat(spanText("hall-notice-label")).isEqualTo("Thông báo");
        assertThat(((com.vaadin.flow.component.Component) getCurrentView()).getClassNames()).contains("with-notice");

        hallNotice.change("  ");

        awaitPushed(() -> assertThat(noticeShown()).isFalse());
        assertThat(find(Span.class).withClassName("hall-notice-text").exists()).isFalse();
        assertThat(((com.vaadin.flow.component.Component) getCurrentView()).getClassNames()).doesNotContain("with-notice");

        hallNotice.change("Chiều nay quầy 6 (Công an) tạm nghỉ; xin mời đến quầy 5.");

        awaitPushed(() -> assertThat(noticeShown()).isTrue());
        assertThat(spanText("hall-notice-text")).isEqualTo("Chiều nay quầy 6 (Công an) tạm nghỉ; xin mời đến quầy 5.");
    }

    @Test
    void hallBoardOpenedWithoutANoticeShowsNoLine() {
        hallNotice.change(null);
        callers.asDevice(vn.motcua.security.DeviceRole.HALL, null);
        navigate(HallDisplayView.class);
        assertThat(noticeShown()).isFalse();
        assertThat(viewText()).doesNotContain("Thông báo");
    }

    /** The notice line is on the board (the tester finds only what is visible). */
    private boolean noticeShown() {
        return find(Div.class).withClassName("hall-notice").exists();
    }
}
