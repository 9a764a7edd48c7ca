package vn.motcua.kiosk;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.motcua.kiosk.KioskPort.ServiceChoice;

/**
 * Step 2, the priority: one big button with a pictogram per priority group, "no priority" apart, and a way back.
 * Taking the ticket happens here, once per visit to the step.
 */
final class PriorityStep {

    private final KioskView kiosk;
    private final ServiceChoice service;
    /** One ticket per visit to this step, whatever reaches the server: a second tap, or a tap on another group. */
    private final AtomicBoolean taken = new AtomicBoolean();

    PriorityStep(KioskView kiosk, ServiceChoice service) {
        this.kiosk = kiosk;
        this.service = service;
    }

    void showIn(HasComponents body) {
        Span chosenLabel = new Span(kiosk.getTranslation("kiosk.chosen"));
        chosenLabel.addClassName("kiosk-chosen-label");
        Span letter = new Span(service.letter());
        letter.addClassName("kiosk-letter");
        Span chosen = new Span(service.name());
        chosen.addClassName("kiosk-chosen");
        Div chosenRow = new Div(chosenLabel, letter, chosen);
        chosenRow.addClassName("kiosk-chosen-row");

        Div groups = new Div();
        groups.addClassName("kiosk-priorities");
        Button ordinary = null;
        for (Priority priority : Priority.values()) {
            Button button = priorityButton(priority);
            if (priority == Priority.NONE) {
                ordinary = button;
            } else {
                groups.add(button);
            }
        }
        Span hint = new Span(kiosk.getTranslation("kiosk.priority.hint"));
        hint.addClassName("kiosk-priority-hint");
        body.add(KioskView.stepTitle(kiosk.getTranslation("kiosk.step.priority")), chosenRow, hint, groups, ordinary,
                kiosk.backButton());
    }

    private Button priorityButton(Priority priority) {
        Image pictogram = new Image(priority.pictogram(), "");
        pictogram.addClassName("kiosk-pictogram");
        Span label = new Span(kiosk.getTranslation(priority.labelKey()));
        label.addClassName("kiosk-priority-label");
        Button button = new Button();
        button.getElement().appendChild(pictogram.getElement(), label.getElement());
        button.addClassNames("kiosk-priority", "priority-" + priority.key());
        // The browser disables the button at the first tap, before the second can be sent.
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            if (taken.compareAndSet(false, true)) {
                kiosk.issue(service, priority);
            }
        });
        return button;
    }
}
