package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.counter.PadReason;
import vn.motcua.counter.PadScore;
import vn.motcua.counter.PadView;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.RatingReason;
import vn.motcua.rating.internal.RatingRepository;

/** The pad a visitor rates on: faces of the center's scale, reasons after a low score, thanks, and time limits. */
@TestPropertySource(properties = {"motcua.pad.reasons-timeout=1s", "motcua.pad.thanks-timeout=1s"})
class PadScreenTest extends ScreenTest {

    private static final String WAITING = "Sau khi được phục vụ, mời ông/bà đánh giá mức độ hài lòng tại đây.";
    private static final String THANKS = "Cảm ơn ông/bà đã đánh giá!";

    @Autowired
    IssueTicket issueTicket;

    /** The pad of counter 5, paired as an admin would pair it. */
    @org.junit.jupiter.api.BeforeEach
    void aPairedPad() {
        callers.asDevice(vn.motcua.security.DeviceRole.PAD, 5);
    }
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    RatingRepository ratings;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTicketAndTheOfficerToRateAreShownAsSoonAsTheServiceStarts() {
        navigate(PadView.class, 5);
        assertThat(shown("pad-waiting")).isTrue();
        assertThat(shown("pad-rating")).isFalse();
        assertThat(viewText()).contains("Quầy 5", "Xin chào ông/bà", WAITING);

        issueTicket.issue("LD-TCXH", PriorityCategory.WAR_INVALID);
        callNext.callNext(5);
        assertThat(shown("pad-rating")).as("a visitor only called is not offered to rate").isFalse();
        serve.startServing(5);

        awaitPushed(() -> assertThat(shown("pad-rating")).isTrue());
        assertThat(shown("pad-waiting")).isFalse();
        assertThat(spanText("pad-number")).isEqualTo("F001");
        assertThat(spanText("pad-service")).isEqualTo(serviceName("LD-TCXH"));
        assertThat(spanText("pad-officer")).isEqualTo("Cán bộ phục vụ: Hoàng Thị Lan");
        assertThat(spanText("pad-counter")).isEqualTo("Quầy 5");
        assertThat(spanText("pad-question")).isEqualTo("Ông/bà có hài lòng với việc phục vụ không?");
    }

    @ParameterizedTest(name = "a {0}-level scale shows {1}")
    @CsvSource(delimiter = '|', value = {
            "3 | score-satisfied score-neutral score-unsatisfied | Hài lòng,Bình thường,Không hài lòng",
            "4 | score-very-satisfied score-satisfied score-neutral score-unsatisfied"
                    + " | Rất hài lòng,Hài lòng,Bình thường,Không hài lòng",
            "5 | score-very-satisfied score-satisfied score-neutral score-unsatisfied score-very-unsatisfied"
                    + " | Rất hài lòng,Hài lòng,Bình thường,Không hài lòng,Rất không hài lòng"})
    void theCentersScaleSetsTheFaces(int scale, String classes, String labels) {
        data.setting("rating_scale", scale);
        issueTicket.issue("LD-TCXH", PriorityCategory.NONE);
        callNext.callNext(5);
        serve.startServing(5);
        navigate(PadView.class, 5);

        List<Button> faces = faces();
        assertThat(faces).extracting(face -> face.getClassNames().stream()
                .filter(name -> name.startsWith("score-")).findFirst().orElseThrow())
                .containsExactly(classes.split(" "));
        assertThat(faces).extracting(face -> face.getElement().getTextRecursively())
                .containsExactly(labels.split(","));
        assertThat(faces).allSatisfy(face -> assertThat(face.isEnabled()).isTrue());
    }

    @ParameterizedTest(name = "{0}-level scale: key {1} rates {2}")
    @CsvSource({"3, DIGIT_1, SATISFIED", "3, DIGIT_3, UNSATISFIED", "4, DIGIT_1, VERY_SATISFIED",
            "4, DIGIT_2, SATISFIED", "4, DIGIT_4, UNSATISFIED", "5, DIGIT_5, VERY_UNSATISFIED",
            "5, NUMPAD_3, NEUTRAL"})
    void aUsbPadTypingDigitsRatesBestFirst(int scale, String key, RatingLevel level) throws ReflectiveOperationException {
        data.setting("rating_scale", scale);
        issueTicket.issue("LD-TCXH", PriorityCategory.NONE);
        callNext.callNext(5);
        serve.startServing(5);
        navigate(PadView.class, 5);

        fireShortcut((Key) Key.class.getField(key).get(null));

        assertThat(ratings.findAll()).singleElement()
                .satisfies(rating -> assertThat(rating.getLevel()).isEqualTo(level));
    }

    @Test
    void aKeyBeyondTheScaleDoesNothing() {
        data.setting("rating_scale", 3);
        issueTicket.issue("LD-TCXH", PriorityCategory.NONE);
        callNext.callNext(5);
        serve.startServing(5);
        navigate(PadView.class, 5);

        fireShortcut(Key.DIGIT_4);
        fireShortcut(Key.DIGIT_5);

        assertThat(ratings.count()).isZero();
        assertThat(shown("pad-rating")).isTrue();
    }

    @Test
    void aLowScoreAsksWhyAndStoresTheChosenReasons() {
        servedAtCounter5();

        test(face("score-unsatisfied")).click();

        assertThat(ratings.findAll()).as("the score is stored at the press, before any reason")
                .singleElement().satisfies(rating -> {
                    assertThat(rating.getLevel()).isEqualTo(RatingLevel.UNSATISFIED);
                    assertThat(rating.getOfficer().getFullName()).isEqualTo("Hoàng Thị Lan");
                    assertThat(rating.getCounter().getNumber()).isEqualTo(5);
                });
        assertThat(shown("pad-reasons")).isTrue();
        assertThat(shown("pad-rating")).isFalse();
        assertThat(spanText("pad-reasons-title")).isEqualTo("Ông/bà chưa hài lòng về điều gì?");
        assertThat(find(Button.class).withClassName("pad-reason").all()).extracting(Button::getText)
                .hasSize(5);
        assertThat(viewText()).contains("Phải chờ lâu", "Thái độ phục vụ chưa tốt", "Hướng dẫn chưa rõ ràng",
                "Yêu cầu bổ sung giấy tờ nhiều lần", "Giải quyết chậm");
        Button send = find(Button.class).withClassName("pad-send").single();
        assertThat(send.isEnabled()).as("nothing chosen yet").isFalse();

        test(reason("reason-waited-long")).click();
        test(reason("reason-attitude")).click();
        test(reason("reason-documents-repeated")).click();
        test(reason("reason-attitude")).click(); // changed their mind
        assertThat(reason("reason-waited-long").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(reason("reason-attitude").getElement().getAttribute("aria-pressed")).isEqualTo("false");
        test(send).click();

        assertThat(shown("pad-thanks-screen")).isTrue();
        assertThat(spanText("pad-thanks")).isEqualTo(THANKS);
        assertThat(reasonsStored()).containsExactlyInAnyOrder("WAITED_LONG", "DOCUMENTS_REPEATED");

        send.click(); // a second tap on "Gửi" that reached the server: refused by the screen
        assertThat(reasonsStored()).hasSize(2);
    }

    @Test
    void skippingTheReasonsKeepsTheScore() {
        servedAtCounter5();

        test(face("score-neutral")).click();
        test(find(Button.class).withClassName("pad-skip").single()).click();

        assertThat(shown("pad-thanks-screen")).isTrue();
        assertThat(ratings.findAll()).singleElement()
                .satisfies(rating -> assertThat(rating.getLevel()).isEqualTo(RatingLevel.NEUTRAL));
        assertThat(data.count("rating_reason")).isZero();
    }

    @Test
    void aHighScoreGoesStraightToThanksThenTheNextVisitor() {
        issueTicket.issue("LD-TCXH", PriorityCategory.NONE);
        issueTicket.issue("LD-TCXH", PriorityCategory.NONE);
        callNext.callNext(5);
        serve.finish(5);
        navigate(PadView.class, 5);

        test(face("score-satisfied")).click();

        assertThat(shown("pad-thanks-screen")).isTrue();
        assertThat(shown("pad-reasons")).isFalse();
        assertThat(viewText()).contains(THANKS, "Ý kiến của ông/bà giúp chúng tôi phục vụ tốt hơn.");

        // The thank-you screen closes by itself: the pad waits, and then offers the next visitor's ticket.
        awaitPushed(() -> assertThat(shown("pad-waiting")).isTrue());
        callNext.callNext(5);
        serve.startServing(5);
        awaitPushed(() -> assertThat(spanText("pad-number")).isEqualTo("F002"));
    }

    @Test
    void anUnansweredReasonsScreenClosesAndTheScoreStays() {
        servedAtCounter5();

        test(face("score-unsatisfied")).click();
        assertThat(shown("pad-reasons")).isTrue();

        // The visitor walked away: after a while the pad waits for the next one, without thanking nobody.
        awaitPushed(() -> assertThat(shown("pad-waiting")).isTrue());
        assertThat(shown("pad-thanks-screen")).isFalse();
        assertThat(ratings.findAll()).singleElement()
                .satisfies(rating -> assertThat(rating.getLevel()).isEqualTo(RatingLevel.UNSATISFIED));
        assertThat(data.count("rating_reason")).isZero();
    }

    @Test
    void thePadStopsOfferingAFinishedTicketWhenTheRatingWindowCloses() {
        data.setting("rating_window_seconds", 1);
        issueTicket.issue("LD-TCXH", PriorityCategory.NONE);
        callNext.callNext(5);
        serve.finish(5);
        navigate(PadView.class, 5);
        assertThat(shown("pad-rating")).isTrue();

        // The server's clock says the window is over; the pad looks again when it should have closed.
        clock.advance(Duration.ofSeconds(1));

        awaitPushed(() -> assertThat(shown("pad-waiting")).isTrue());
        assertThat(ratings.count()).isZero();
    }

    @Test
    void aFinishedTicketIsOfferedUntilTheWindowEnds() {
        issueTicket.issue("LD-TCXH", PriorityCategory.NONE);
        callNext.callNext(5);
        serve.finish(5);
        clock.advance(Duration.ofSeconds(59));
        navigate(PadView.class, 5);
        assertThat(spanText("pad-number")).isEqualTo("F001");

        clock.advance(Duration.ofSeconds(1));
        navigate(PadView.class, 5);
        assertThat(shown("pad-waiting")).isTrue();
    }

    @Test
    void aDoubleTapGivesOneRating() {
        servedAtCounter5();
        Button satisfied = face("score-satisfied");
        Button verySatisfied = face("score-very-satisfied");

        test(satisfied).click();
        // The second tap and a key press that still reach the server find the pad already thanking.
        verySatisfied.click();
        satisfied.click();
        fireShortcut(Key.DIGIT_1);

        assertThat(ratings.findAll()).singleElement()
                .satisfies(rating -> assertThat(rating.getLevel()).isEqualTo(RatingLevel.SATISFIED));
        assertThat(shown("pad-thanks-screen")).isTrue();
    }

    @Test
    void thePadSpeaksEnglishToo() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        servedAtCounter5();
        assertThat(shown("pad-rating")).isTrue();

        assertThat(viewText()).contains("Counter 5", "Were you satisfied with the service?", "Served by: Hoàng Thị Lan",
                "Very satisfied", "Not satisfied");
        test(face("score-neutral")).click();
        assertThat(shown("pad-reasons")).isTrue();
        assertThat(viewText()).contains("What were you not satisfied with?", "Long wait", "Officer's attitude",
                "Unclear guidance", "Asked for documents more than once", "Slow handling", "Skip", "Send");
    }

    @Test
    void thePadsFacesAndReasonsAreTheStoredLevelsAndReasons() {
        // The port maps them by name: a face or reason without its stored twin would fail at the visitor's press.
        assertThat(Arrays.stream(PadScore.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(RatingLevel.values()).map(Enum::name).toList());
        assertThat(Arrays.stream(PadReason.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(RatingReason.values()).map(Enum::name).toList());
    }

    private void servedAtCounter5() {
        issueTicket.issue("LD-TCXH", PriorityCategory.NONE);
        callNext.callNext(5);
        serve.startServing(5);
        navigate(PadView.class, 5);
    }

    /** Whether the pad shows this panel; its panels are all there, the hidden ones invisible. */
    private boolean shown(String panel) {
        return ((Component) getCurrentView()).getChildren()
                .filter(child -> child instanceof HasStyle styled && styled.hasClassName(panel))
                .findFirst().orElseThrow(() -> new AssertionError("no panel " + panel)).isVisible();
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

    private String serviceName(String code) {
        return jdbc.sql("select name from center_service where code = ?").param(code).query(String.class).single();
    }

    private List<String> reasonsStored() {
        return jdbc.sql("select reason from rating_reason").query(String.class).list();
    }
}
