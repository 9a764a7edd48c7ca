package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.counter.PadView;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.RatingRepository;

class PadScreenTest extends ScreenTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    RatingRepository ratings;

    @Test
    void citizenRatesTheTicketJustServedAndIsThanked() {
        navigate(PadView.class, 5);
        assertThat(viewText()).contains("Quầy 5: chưa có lượt phục vụ để đánh giá");
        assertThat(scoreButton("score-satisfied").isEnabled()).isFalse();

        issueTicket.issue("LD-TCXH", PriorityCategory.WAR_INVALID);
        callNext.callNext(5);
        awaitPushed(() -> assertThat(viewText()).contains("Số F001 – cán bộ Hoàng Thị Lan – quầy 5"));

        test(scoreButton("score-unsatisfied")).click();

        assertThat(viewText()).contains("Cảm ơn ông/bà đã đánh giá (số F001)!");
        assertThat(scoreButton("score-unsatisfied").isEnabled()).isFalse();
        assertThat(ratings.findAll()).singleElement().satisfies(rating -> {
            assertThat(rating.getLevel()).isEqualTo(RatingLevel.UNSATISFIED);
            assertThat(rating.getOfficer().getFullName()).isEqualTo("Hoàng Thị Lan");
            assertThat(rating.getCounter().getNumber()).isEqualTo(5);
        });
    }

    @Test
    void aUsbPadTypingDigitsRatesLikeTheButtons() {
        issueTicket.issue("LD-TCXH", PriorityCategory.NONE);
        callNext.callNext(5);
        navigate(PadView.class, 5);

        fireShortcut(Key.DIGIT_2);

        assertThat(ratings.findAll()).singleElement()
                .satisfies(rating -> assertThat(rating.getLevel()).isEqualTo(RatingLevel.SATISFIED));
        fireShortcut(Key.DIGIT_1);
        assertThat(ratings.count()).isEqualTo(1);
    }

    private Button scoreButton(String className) {
        return find(Button.class).withClassName(className).single();
    }
}
