package vn.motcua.counter;

import static vn.motcua.counter.PadParts.div;
import static vn.motcua.counter.PadParts.span;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.counter.PadPort.FormAnswers;
import vn.motcua.counter.PadPort.FormToAnswer;
import vn.motcua.counter.PadPort.GivenRating;
import vn.motcua.counter.PadPort.TicketToRate;

/**
 * The rating pad facing the citizen at a counter: who served which ticket, one big face per level of the center's
 * scale, after a low score the reasons, after a visit that collected dossiers the province's rating form (where the
 * center uses it), then thanks, then it waits for the next visitor. Keys 1..N press the faces too (1 = the best),
 * so a USB HID pad that types digits works with this page.
 */
@Route("pad")
@StyleSheet("styles/counter.css")
public class PadView extends Div implements HasUrlParameter<Integer>, HasDynamicTitle {

    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5};
    private static final Key[] NUMPAD = {Key.NUMPAD_1, Key.NUMPAD_2, Key.NUMPAD_3, Key.NUMPAD_4, Key.NUMPAD_5};

    /** What the pad shows; each has its own panel. */
    private enum Screen { WAITING, RATING, REASONS, FORM, THANKS }

    private final PadPort port;
    private final PadTimer timer = new PadTimer();
    private final Span centerName = span("pad-center");
    private final Span counterName = span("pad-counter");
    private final Div waiting = div("pad-waiting");
    private final Span notice = span("pad-notice");
    private final Div rating = div("pad-rating");
    private final Span number = span("pad-number");
    private final Span service = span("pad-service");
    private final Span officer = span("pad-officer");
    private final Div faces = div("pad-buttons");
    private final Div reasons = div("pad-reasons");
    private final Map<PadReason, Button> reasonButtons = new EnumMap<>(PadReason.class);
    private final Button send = new Button();
    private final PadRatingForm form = new PadRatingForm(this::sendForm, this::formTouched);
    private final Div thanks = div("pad-thanks-screen");
    private final List<ShortcutRegistration> keys = new ArrayList<>();
    private final Set<PadReason> chosen = EnumSet.noneOf(PadReason.class);
    private List<PadScore> scale = List.of();
    private Screen screen = Screen.WAITING;
    private GivenRating asked;
    /** Read by the live updates' filter on their own thread. */
    private volatile int counterNumber;

    public PadView(PadPort port) {
        this.port = port;
        addClassName("pad");
        Div header = div("pad-header");
        header.add(centerName, counterName);

        waiting.add(span("pad-waiting-title", getTranslation("pad.waiting.title")),
                span("pad-waiting-text", getTranslation("pad.waiting.text")), notice);

        Div ticket = div("pad-ticket");
        Div details = div("pad-ticket-details");
        details.add(service, officer);
        ticket.add(span("pad-number-label", getTranslation("pad.number")), number, details);
        rating.add(ticket, span("pad-question", getTranslation("pad.question")), faces);

        buildReasons();

        Image done = new Image("faces/thanks.svg", "");
        done.addClassName("pad-thanks-mark");
        thanks.add(done, span("pad-thanks", getTranslation("pad.thanks")),
                span("pad-thanks-note", getTranslation("pad.thanks.note")));

        add(header, waiting, rating, reasons, form, thanks);
        show(Screen.WAITING);
        port.follow(this, () -> counterNumber, this::render);
        addDetachListener(detach -> timer.stop());
    }

    @Override
    public void setParameter(BeforeEvent event, Integer number) {
        this.counterNumber = number;
        centerName.setText(port.centerName());
        counterName.setText(getTranslation("pad.counter", number));
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pad.title", counterNumber);
    }

    private void buildReasons() {
        Div list = div("pad-reason-list");
        for (PadReason reason : PadReason.values()) {
            Button button = new Button();
            button.getElement().appendChild(span("pad-check").getElement(),
                    span("pad-reason-label", getTranslation(reason.labelKey())).getElement());
            button.addClassNames("pad-reason", reason.className());
            button.getElement().setAttribute("aria-pressed", "false");
            button.addClickListener(click -> toggle(reason));
            reasonButtons.put(reason, button);
            list.add(button);
        }
        Button skip = new Button(getTranslation("pad.reasons.skip"), click -> {
            if (screen == Screen.REASONS) {
                afterRating(asked.ticket());
            }
        });
        skip.addClassName("pad-skip");
        send.setText(getTranslation("pad.reasons.send"));
        send.addClassName("pad-send");
        send.addClickListener(click -> sendReasons());
        Div actions = div("pad-reason-actions");
        actions.add(skip, send);
        reasons.add(span("pad-reasons-title", getTranslation("pad.reasons.title")),
                span("pad-reasons-hint", getTranslation("pad.reasons.hint")), list, actions);
    }

    /** One button per face of the scale, best first, and its digit key; rebuilt if the center changes its scale. */
    private void buildFaces(List<PadScore> offered) {
        scale = offered;
        faces.removeAll();
        keys.forEach(ShortcutRegistration::remove);
        keys.clear();
        faces.setClassName("pad-buttons scale-" + offered.size());
        for (int i = 0; i < offered.size(); i++) {
            PadScore score = offered.get(i);
            // Faces are drawn, not emoji: a tablet without an emoji font would show empty boxes.
            Image face = new Image("faces/" + score.faceName() + ".svg", "");
            face.addClassName("pad-face");
            Button button = new Button();
            button.getElement().appendChild(face.getElement(),
                    span("pad-face-label", getTranslation(score.labelKey())).getElement());
            button.addClickListener(click -> rate(score));
            button.addClassNames("pad-button", "score-" + score.faceName());
            faces.add(button);
            keys.add(Shortcuts.addShortcutListener(this, () -> rate(score), DIGITS[i]));
            keys.add(Shortcuts.addShortcutListener(this, () -> rate(score), NUMPAD[i]));
        }
    }

    /** Shows what the pad can rate now; the reasons, form and thank-you screens stay until their time is up. */
    private void render() {
        if (screen != Screen.WAITING && screen != Screen.RATING) {
            return;
        }
        List<PadScore> offered = port.padScale();
        if (!offered.equals(scale)) {
            buildFaces(offered);
        }
        port.ticketToRate(counterNumber).ifPresentOrElse(this::showTicket, () -> {
            timer.stop();
            show(Screen.WAITING);
        });
    }

    private void showTicket(TicketToRate toRate) {
        notice.setText("");
        number.setText(toRate.ticket().number());
        service.setText(toRate.ticket().serviceName());
        officer.setText(getTranslation("pad.officer", toRate.ticket().officerName()));
        show(Screen.RATING);
        // The server's clock decides; the pad only looks again when the window should have closed.
        toRate.closesIn().ifPresentOrElse(left -> timer.after(left, this::render), timer::stop);
    }

    private void rate(PadScore score) {
        if (screen != Screen.RATING) {
            return; // a second tap or key press of the same visitor
        }
        try {
            GivenRating given = port.rate(counterNumber, score);
            if (given.reasonsAsked()) {
                askWhy(given);
            } else {
                afterRating(given.ticket());
            }
        } catch (CounterRefusal gone) {
            // Rated meanwhile on the counter's hardware pad, or its window just closed.
            notice.setText(getTranslation("pad.gone"));
            render();
        }
    }

    private void askWhy(GivenRating given) {
        asked = given;
        chosen.clear();
        reasonButtons.forEach((reason, button) -> mark(button, false));
        send.setEnabled(false);
        show(Screen.REASONS);
        timer.after(port.padTimeouts().reasons(), this::backToWaiting);
    }

    private void toggle(PadReason reason) {
        if (screen != Screen.REASONS) {
            return;
        }
        if (!chosen.remove(reason)) {
            chosen.add(reason);
        }
        mark(reasonButtons.get(reason), chosen.contains(reason));
        send.setEnabled(!chosen.isEmpty());
    }

    private static void mark(Button button, boolean chosen) {
        button.setClassName("chosen", chosen);
        button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
    }

    private void sendReasons() {
        if (screen != Screen.REASONS || chosen.isEmpty()) {
            return;
        }
        try {
            port.giveReasons(asked.ratingId(), EnumSet.copyOf(chosen));
        } catch (CounterRefusal tooLate) {
            // The score itself is stored; the visitor is thanked for it all the same.
        }
        afterRating(asked.ticket());
    }

    /** The province's form when the visit just rated collected dossiers that owe it, else thanks. */
    private void afterRating(CalledTicket rated) {
        Optional<FormToAnswer> owed = port.formToAnswer(counterNumber)
                .filter(visit -> visit.ticketNumber().equals(rated.number()));
        asked = null;
        owed.ifPresentOrElse(visit -> {
            form.start(visit);
            show(Screen.FORM);
            formTouched();
        }, this::showThanks);
    }

    /** The form waits while the citizen works on it; left alone, it goes back to waiting and nothing is stored. */
    private void formTouched() {
        if (screen == Screen.FORM) {
            timer.after(port.padTimeouts().form(), this::backToWaiting);
        }
    }

    private void sendForm(FormToAnswer visit, FormAnswers answers) {
        if (screen != Screen.FORM) {
            return;
        }
        try {
            port.answerForm(visit, answers);
        } catch (CounterRefusal answeredMeanwhile) {
            // Answered for these dossiers already, or the center stopped using the form: thanks all the same.
        }
        showThanks();
    }

    private void showThanks() {
        asked = null;
        show(Screen.THANKS);
        timer.after(port.padTimeouts().thanks(), this::backToWaiting);
    }

    private void backToWaiting() {
        asked = null;
        screen = Screen.WAITING;
        render();
    }

    private void show(Screen next) {
        screen = next;
        waiting.setVisible(next == Screen.WAITING);
        rating.setVisible(next == Screen.RATING);
        reasons.setVisible(next == Screen.REASONS);
        form.setVisible(next == Screen.FORM);
        thanks.setVisible(next == Screen.THANKS);
        faces.getChildren().forEach(face -> ((Button) face).setEnabled(next == Screen.RATING));
    }
}
