package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.kiosk.TrackingView;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.BoardView;

class BoardScreensTest extends ScreenTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    GiveRating giveRating;

    @Test
    void managersBoardFollowsQueueCallsAndRatingsLive() {
        navigate(BoardView.class);
        assertThat(spanText("board-percent")).isEqualTo("—");

        issueTicket.issue("KD-HKD", PriorityCategory.NONE);
        issueTicket.issue("KD-HKD", PriorityCategory.NONE);
        callNext.callNext(4);
        giveRating.rate(4, RatingLevel.VERY_SATISFIED);

        awaitPushed(() -> assertThat(spanText("board-percent")).isEqualTo("100,0%"));
        assertThat(find(Span.class).withClassName("board-percent").single().getClassNames()).contains("meets-98");
        assertThat(viewText()).contains("E · Đăng ký hộ kinh doanh1", "Quầy 4 – Xây dựng, Kinh doanh · Phạm Thu Trang1 lượt");
    }

    @Test
    void phonePageFollowsItsTicketUntilItIsCalled() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        String code = issueTicket.issue("HT-KS", PriorityCategory.NONE).ticket().getTrackingCode();
        navigate("t/" + code, TrackingView.class);
        assertThat(spanText("tracking-state")).isEqualTo("Còn 1 người trước ông/bà");

        callNext.callNext(1);
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
    void startPageLinksEveryScreen() {
        navigate(vn.motcua.security.HomeView.class);
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("/kiosk", "/counter", "/display/hall", "/board", "/display/counter/6", "/pad/6")
                .hasSize(5 + 6 * 2);
    }
}
