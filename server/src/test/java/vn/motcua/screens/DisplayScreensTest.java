package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.counter.CounterDisplayView;
import vn.motcua.counter.HallDisplayView;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;

class DisplayScreensTest extends ScreenTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;

    @Test
    void counterDisplayIsIdleThenShowsTheCalledNumberByPush() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        navigate(CounterDisplayView.class, 3);
        assertThat(spanText("display-idle")).isEqualTo("Xin mời chờ");
        assertThat(spanText("display-counter-name")).isEqualTo("Quầy 3");

        callNext.callNext(3);

        awaitPushed(() -> assertThat(spanText("display-number")).isEqualTo("C001"));
        assertThat(spanText("display-officer")).isEqualTo("Cán bộ: Trần Văn Đức");
    }

    @Test
    void counterDisplayOfAnUnknownCounterSaysSo() {
        navigate(CounterDisplayView.class, 42);
        assertThat(viewText()).contains("Không có quầy này.");
    }

    @Test
    void hallBoardHighlightsTheNewestCallAndCountsWhoWaits() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
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
}
