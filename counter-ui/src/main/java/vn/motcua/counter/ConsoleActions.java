package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.motcua.counter.ConsolePort.CounterStatus;
import vn.motcua.counter.ConsolePort.ServiceOption;
import vn.motcua.counter.CounterAction.CallNext;
import vn.motcua.counter.CounterAction.Finish;
import vn.motcua.counter.CounterAction.Hold;
import vn.motcua.counter.CounterAction.NoShow;
import vn.motcua.counter.CounterAction.Recall;
import vn.motcua.counter.CounterAction.Resume;
import vn.motcua.counter.CounterAction.StartServing;
import vn.motcua.counter.CounterAction.Transfer;
import vn.motcua.counter.CounterAction.WalkIn;

/**
 * The console's buttons, one click and one function key each (shown on the button), with what some of them need:
 * the hold comment and the service to transfer to or serve. Each hands its {@link CounterAction} to the console,
 * which says whether the queue took it.
 */
final class ConsoleActions {

    private final Component console;
    private final TextField holdComment = new TextField();
    private final Select<ServiceOption> service = new Select<>();
    private final Div held = new Div();
    private final Button callNext;
    private final Button start;
    private final Button finish;
    private final Button recall;
    private final Button hold;
    private final Button noShow;
    private final Button resume;
    private final Button transfer;
    private final Button walkIn;
    /** The keys of the buttons, as the browser names them ("F2"...). */
    private final List<String> keys = new ArrayList<>();

    ConsoleActions(Component console, List<ServiceOption> services, Predicate<Supplier<CounterAction>> perform) {
        this.console = console;
        callNext = button("console.call-next", "console-call", Key.F2, () -> perform.test(CallNext::new));
        callNext.setDisableOnClick(true);
        start = button("console.start", "console-start", Key.F3, () -> perform.test(StartServing::new));
        finish = button("console.finish", "console-finish", Key.F4, () -> perform.test(Finish::new));
        recall = button("console.recall", "console-recall", Key.F6, () -> perform.test(Recall::new));
        hold = button("console.hold", "console-hold", Key.F7, () -> {
            if (perform.test(() -> new Hold(holdComment.getValue()))) {
                holdComment.clear();
            }
        });
        noShow = button("console.no-show", "console-no-show", Key.F8, () -> perform.test(NoShow::new));
        resume = button("console.resume", "console-resume", Key.F9, () -> perform.test(Resume::new));
        transfer = button("console.transfer", "console-transfer", Key.F10,
                () -> perform.test(() -> new Transfer(chosenService())));
        walkIn = button("console.walk-in", "console-walk-in", Key.F11,
                () -> perform.test(() -> new WalkIn(chosenService())));
        holdComment.setPlaceholder(console.getTranslation("console.hold-comment"));
        holdComment.setMaxLength(400);
        holdComment.addClassName("console-hold-comment");
        service.setLabel(console.getTranslation("console.service"));
        service.setItems(services);
        service.setItemLabelGenerator(ServiceOption::name);
        service.addClassName("console-service");
        held.addClassName("console-held");
        console.addAttachListener(attach -> keepKeysFromDisabledButtons());
    }

    /**
     * A disabled vaadin-button swallows the keys pressed while it has the focus, and a button the officer clicked
     * keeps the focus when the console then disables it (Finish after finishing): the keys would stop working until
     * the officer clicks elsewhere. So a key pressed there is taken off that button and handed to the console, and a
     * function key of the console never does what the browser would do with it (fullscreen, caret browsing...).
     */
    private void keepKeysFromDisabledButtons() {
        console.getElement().executeJs("""
                const console = this;
                const keys = $0.split(',');
                const onKey = event => {
                  if (!console.isConnected) {
                    document.removeEventListener('keydown', onKey, true);
                    return;
                  }
                  if (keys.includes(event.key)) {
                    event.preventDefault();
                  }
                  const from = event.target;
                  if (from !== console && from.closest && from.closest('[disabled]')) {
                    event.stopPropagation();
                    from.blur();
                    console.dispatchEvent(new event.constructor(event.type, event));
                  }
                };
                document.addEventListener('keydown', onKey, true);""", String.join(",", keys));
    }

    /** The button groups and the held line, in the order the console shows them under the ticket. */
    List<Component> parts() {
        return List.of(group("console-main-actions", callNext, start, finish),
                group("console-visitor-actions", recall, noShow),
                group("console-aside", holdComment, hold, resume), held,
                group("console-routing", service, transfer, walkIn));
    }

    /** No counter chosen yet: nothing to do. */
    void noCounter() {
        held.removeAll();
        for (Button button : List.of(callNext, finish, start, recall, noShow, hold, resume, transfer, walkIn)) {
            button.setEnabled(false);
        }
    }

    /** Offers what the counter's state allows: only the seated officer calls, resumes or serves a walk-in. */
    void show(CounterStatus status, boolean seated) {
        held.removeAll();
        boolean busy = status.current().isPresent();
        boolean called = status.current().map(ticket -> !ticket.serving()).orElse(false);
        callNext.setEnabled(seated);
        finish.setEnabled(busy);
        start.setEnabled(called);
        recall.setEnabled(called);
        noShow.setEnabled(called);
        hold.setEnabled(busy);
        transfer.setEnabled(busy);
        resume.setEnabled(seated && !busy && !status.held().isEmpty());
        walkIn.setEnabled(seated && !busy);
        if (!status.held().isEmpty()) {
            // Each with its reason: the officer sees why the visitor went away before taking the ticket back.
            held.add(new Span(console.getTranslation("console.held", String.join(", ", status.held().stream()
                    .map(ticket -> console.getTranslation("console.held.reason", ticket.number(), ticket.comment()))
                    .toList()))));
        }
    }

    private Button button(String labelKey, String className, Key shortcut, Runnable onClick) {
        Button button = new Button(console.getTranslation(labelKey), click -> onClick.run());
        button.addClassName(className);
        // The field with the focus (the hold reason) sends its value before the key's action runs.
        button.addClickShortcut(shortcut).resetFocusOnActiveElement();
        keys.add(shortcut.getKeys().getFirst());
        Span key = new Span(shortcut.getKeys().getFirst());
        key.addClassName("console-key");
        button.setSuffixComponent(key);
        return button;
    }

    private String chosenService() {
        if (service.getValue() == null) {
            throw new CounterRefusal("console.choose-service", "No service chosen");
        }
        return service.getValue().code();
    }

    private static Div group(String className, Component... components) {
        Div group = new Div(components);
        group.addClassNames("console-actions", className);
        return group;
    }
}
