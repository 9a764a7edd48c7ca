package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.counter.FakePadPort.Rated;

/** The rating pad on a fake port: the faces of the center's scale, the score and reasons it sends. */
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
