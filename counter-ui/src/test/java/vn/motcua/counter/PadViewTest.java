package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.counter.FakePadPort.Rated;
import vn.motcua.counter.PadPort.FormAnswers;
import vn.motcua.counter.PadPort.FormToAnswer;

/** The rating pad on a fake port: the faces of the center's scale, the score and reasons it sends, the province's form. */
class PadViewTest extends FakePortsTest {

    private final FakePadPort port = FakeScreens.use(PadPort.class, new FakePadPort());

    @Test
    void theScalesFacesAreShownBestFirstWithTheTicketToRate() {
        port.scale = List.of(PadScore.VERY_SATISFIED, PadScore.SATISFIED, PadScore.NEUTRAL, PadScore.UNSATISFIED);
        navigate(PadView.class, 5);

        assertThat(shown("pad-rating")).isTrue();
        assertThat(spanText("pad-number")).isEqualTo("F001");
        assertThat(spanText("pad-officer")).isEqualTo("Cán bộ phục vụ: Hoàng Thị Lan");
        assertThat(faces()).extracting(face -> face.getClassNames().stream()
                .filter(name -> name.startsWith("score-")).findFirst().orElseThrow())
                .containsExactly("score-very-satisfied", "score-satisfied", "score-neutral", "score-unsatisfied");
        assertThat(faces()).extracting(face -> face.getElement().getTextRecursively())
                .containsExactly("Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng");
        assertThat(port.followed.getAsInt()).isEqualTo(5);
    }

    @Test
    void aFaceSendsItsScoreAndAHighOneIsThanked() {
        navigate(PadView.class, 5);

        test(face("score-satisfied")).click();

        assertThat(port.rated).containsExactly(new Rated(5, PadScore.SATISFIED));
        assertThat(shown("pad-thanks-screen")).isTrue();
    }

    @Test
    void keyOnePressesTheBestFaceOfTheScale() {
        navigate(PadView.class, 5);

        fireShortcut(Key.DIGIT_1);

        assertThat(port.rated).containsExactly(new Rated(5, PadScore.SATISFIED));
    }

    @Test
    void aLowScoreAsksWhyAndSendsTheChosenReasons() {
        navigate(PadView.class, 5);

        test(face("score-unsatisfied")).click();
        assertThat(shown("pad-reasons")).isTrue();
        test(reason("reason-waited-long")).click();
        test(reason("reason-attitude")).click();
        test(reason("reason-attitude")).click();
        test(find(Button.class).withClassName("pad-send").single()).click();

        assertThat(port.rated).containsExactly(new Rated(5, PadScore.UNSATISFIED));
        assertThat(port.reasons).containsExactly(Set.of(PadReason.WAITED_LONG));
        assertThat(shown("pad-thanks-screen")).isTrue();
    }

    @Test
    void aVisitThatCollectedDossiersAnswersTheProvincesFormAfterTheFace() {
        port.formOwed = Optional.of(new FormToAnswer(9, "F001", List.of("000.00.23.H22-261126-0001")));
        navigate(PadView.class, 5);

        test(face("score-satisfied")).click();
        assertThat(shown("pad-form")).isTrue();
        assertThat(spanText("pad-form-codes")).isEqualTo("Hồ sơ: 000.00.23.H22-261126-0001");
        Button send = find(Button.class).withClassName("pad-form-next").single();
        assertThat(send.isEnabled()).as("both questions first").isFalse();
        test(answer(1, "answer-very-satisfied")).click();
        test(answer(2, "answer-satisfied")).click();
        test(point("criterion-attitude", "point-2")).click();
        test(point("criterion-publicity", "point-1")).click();
        test(point("criterion-publicity", "point-1")).click();
        assertThat(send.getText()).isEqualTo("Gửi đánh giá");
        test(send).click();

        assertThat(port.forms).containsExactly(new FormAnswers(PadFormAnswer.VERY_SATISFIED, PadFormAnswer.SATISFIED,
                null, Map.of(PadFormCriterion.ATTITUDE, 2)));
        assertThat(shown("pad-thanks-screen")).isTrue();
    }

    @Test
    void dissatisfiedAsksWhyAndSendsNothingWithoutAReason() {
        port.formOwed = Optional.of(new FormToAnswer(9, "F001", List.of("HS-1")));
        navigate(PadView.class, 5);
        test(face("score-satisfied")).click();

        test(answer(1, "answer-dissatisfied")).click();
        test(answer(2, "answer-satisfied")).click();
        Button next = find(Button.class).withClassName("pad-form-next").single();
        assertThat(next.getText()).isEqualTo("Tiếp tục");
        test(next).click();
        Button send = find(Button.class).withClassName("pad-form-send").single();
        assertThat(send.isEnabled()).isFalse();
        test(find(Button.class).withClassName("pad-form-reason").withClassName("reason-slow-service").single())
                .click();
        test(find(TextArea.class).single()).setValue("  Phải đi lại ba lần  ");
        test(send).click();

        assertThat(port.forms).singleElement().satisfies(form -> {
            assertThat(form.answerOne()).isEqualTo(PadFormAnswer.DISSATISFIED);
            assertThat(form.reason()).isEqualTo("Giải quyết chậm; Phải đi lại ba lần");
        });
    }

    @Test
    void aFormOwedByAnotherVisitIsNotShown() {
        port.formOwed = Optional.of(new FormToAnswer(9, "F002", List.of("HS-1")));
        navigate(PadView.class, 5);

        test(face("score-satisfied")).click();

        assertThat(shown("pad-thanks-screen")).isTrue();
        assertThat(shown("pad-form")).isFalse();
    }

    private Button answer(int question, String className) {
        return find(Button.class).withClassName(className).all().get(question - 1);
    }

    private Button point(String criterion, String className) {
        return find(Button.class).withClassName(className).all().get(List.of("criterion-publicity",
                "criterion-attitude", "criterion-complaints").indexOf(criterion));
    }

    private List<Button> faces() {
        return find(Button.class).withClassName("pad-button").all();
    }

    private Button face(String className) {
        return find(Button.class).withClassName(className).single();
    }

    private Button reason(String className) {
        return find(Button.class).withClassName(className).single();
    }
}
