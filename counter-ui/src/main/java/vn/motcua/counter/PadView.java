package vn.motcua.counter;

import com.vaadin.flow.component.Key;
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
import java.util.Locale;
import java.util.Optional;
import vn.motcua.counter.CounterPort.CalledTicket;

/**
 * The rating pad facing the citizen at a counter. Keys 1-4 press the buttons too, so a USB HID pad that
 * types digits works with this page.
 */
@Route("pad")
@StyleSheet("styles/counter.css")
public class PadView extends Div implements HasUrlParameter<Integer>, HasDynamicTitle {

    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4};

    private final CounterPort port;
    private final Div ticketLine = new Div();
    private final Div buttons = new Div();
    private final Span thanks = new Span();
    private int counterNumber;

    public PadView(CounterPort port) {
        this.port = port;
        addClassName("pad");
        ticketLine.addClassName("pad-ticket");
        buttons.addClassName("pad-buttons");
        thanks.addClassName("pad-thanks");
        PadScore[] scores = PadScore.values();
        for (int i = 0; i < scores.length; i++) {
            PadScore score = scores[i];
            String name = score.name().toLowerCase(Locale.ROOT).replace('_', '-');
            // Faces are drawn, not emoji: a tablet without an emoji font would show empty boxes.
            Image face = new Image("faces/" + name + ".svg", "");
            face.addClassName("pad-face");
            Span label = new Span(getTranslation(score.labelKey()));
            Button button = new Button();
            button.getElement().appendChild(face.getElement(), label.getElement());
            button.addClickListener(click -> rate(score));
            button.addClassNames("pad-button", "score-" + name);
            buttons.add(button);
            Shortcuts.addShortcutListener(this, () -> rate(score), DIGITS[i]);
        }
        add(ticketLine, buttons, thanks);
        LiveRefresh.bind(this, port, this::render);
    }

    @Override
    public void setParameter(BeforeEvent event, Integer number) {
        this.counterNumber = number;
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pad.title", counterNumber);
    }

    private void rate(PadScore score) {
        try {
            CalledTicket rated = port.rate(counterNumber, score);
            thanks.setText(getTranslation("pad.thanks", rated.number()));
        } catch (RuntimeException nothingToRate) {
            thanks.setText(getTranslation("pad.nothing"));
        }
        render();
    }

    private void render() {
        ticketLine.removeAll();
        Optional<CalledTicket> ticket = port.ticketToRate(counterNumber);
        buttons.getChildren().forEach(button -> ((Button) button).setEnabled(ticket.isPresent()));
        ticket.ifPresentOrElse(t -> {
            thanks.setText("");
            ticketLine.add(new Span(getTranslation("pad.question")),
                    new Span(getTranslation("pad.ticket", t.number(), t.officerName(), counterNumber)));
        }, () -> {
            if (thanks.getText().isEmpty()) {
                ticketLine.add(new Span(getTranslation("pad.waiting", counterNumber)));
            }
        });
    }
}
