package vn.motcua.counter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.counter.ConsolePort.CounterInfo;
import vn.motcua.counter.ConsolePort.CounterStatus;
import vn.motcua.counter.ConsolePort.OfficerInfo;

/**
 * The officer's console, open all day: the ticket at the counter with a running timer, one button and one function
 * key per operation, the officer's own figures of the day, the dossiers of the visit, and who waits for this counter.
 */
@RolesAllowed({"OFFICER", "UNIT_HEAD"})
@Route("counter")
@StyleSheet("styles/counter.css")
@StyleSheet("styles/counter-dossier.css")
@StyleSheet("styles/counter-alerts.css")
public class CounterConsoleView extends Div implements HasDynamicTitle, HasUrlParameter<Integer> {

    private final ConsolePort port;
    private final Select<CounterInfo> counter = new Select<>();
    private final Select<OfficerInfo> officer = new Select<>();
    private final Button leave = new Button(getTranslation("console.leave"));
    private final CurrentTicketPanel current = new CurrentTicketPanel();
    private final OfficerDayPanel today = new OfficerDayPanel();
    private final WaitingList waiting = new WaitingList();
    private final DossierPanel dossiers;
    private final ConsoleActions actions;
    /** The last refusal on screen, closed by the next thing that works: a success must not sit under an old error. */
    private Notification refusal;
    /** The counter shown now, 0 for none: read by the live updates' filter on their own thread. */
    private volatile int shownCounter;

    public CounterConsoleView(ConsolePort port) {
        this.port = port;
        dossiers = new DossierPanel(this::linkDossier, port, this::counterNumber, this::render);
        addClassName("console");
        counter.setLabel(getTranslation("console.counter"));
        counter.setItems(port.counters());
        counter.setItemLabelGenerator(CounterInfo::name);
        officer.setLabel(getTranslation("console.officer"));
        officer.setItems(port.officers());
        officer.setItemLabelGenerator(o -> o.fullName() + " – " + o.unitName());
        counter.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                port.officers().stream().filter(o -> o.id() == officerIdOf(change.getValue())).findFirst()
                        .ifPresentOrElse(officer::setValue, officer::clear);
            }
            render();
        });
        officer.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && counter.getValue() != null) {
                try {
                    port.openCounter(counter.getValue().number(), change.getValue().id());
                    closeRefusal();
                } catch (CounterRefusal refused) {
                    refuse(refused);
                }
                // Drawn from what the operation did, not when its event comes round: the officer calls at once.
                render();
            }
        });
        actions = new ConsoleActions(this, port.services(), this::perform);

        leave.addClassName("console-leave");
        leave.addClickListener(click -> {
            try {
                port.closeCounter(counterNumber());
                officer.clear();
                closeRefusal();
            } catch (CounterRefusal refused) {
                refuse(refused);
            }
            render();
        });
        H1 title = new H1(port.centerName());
        Div pickers = new Div(counter, officer, leave);
        pickers.addClassName("console-pickers");
        Div header = new Div(title, pickers);
        header.addClassName("console-header");

        Div main = new Div(current);
        actions.parts().forEach(main::add);
        main.addClassName("console-main");
        Div side = new Div(today, dossiers, waiting);
        side.addClassName("console-side");
        Div body = new Div(main, side);
        body.addClassName("console-body");
        add(header, body);
        port.follow(this, () -> shownCounter, this::render);
        render();
    }

    /** /counter/3 opens the console at counter 3, so each counter's PC can keep a bookmark. */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Integer counterNumber) {
        if (counterNumber != null) {
            counter.getListDataView().getItems().filter(info -> info.number() == counterNumber).findFirst()
                    .ifPresent(counter::setValue);
        } else {
            // An officer already seated somewhere (signed in again, another browser) goes straight back there.
            List<Long> me = port.officers().stream().map(OfficerInfo::id).toList();
            counter.getListDataView().getItems().filter(info -> me.size() == 1 && me.contains(info.officerId()))
                    .findFirst().ifPresent(counter::setValue);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.title");
    }

    private static long officerIdOf(CounterInfo info) {
        return info.officerId() == null ? -1 : info.officerId();
    }

    /**
     * Does one action at the chosen counter, shows the queue's refusal in words, and draws the console again either
     * way; true when the queue took it.
     */
    private boolean perform(Supplier<CounterAction> chosen) {
        try {
            CounterAction action = chosen.get();
            boolean nothing = port.act(counterNumber(), action).isEmpty();
            closeRefusal();
            if (nothing && action instanceof CounterAction.CallNext) {
                Notification.show(getTranslation("console.nobody-waiting"));
            }
            return true;
        } catch (CounterRefusal refused) {
            refuse(refused);
            return false;
        } finally {
            render();
        }
    }

    /**
     * Links the visit at the counter to a dossier, in words beside the field if refused (the officer reads why, e.g.
     * a result not recorded yet, while the citizen waits); true when linked (or linked already).
     */
    private boolean linkDossier(String code, DossierPurpose purpose) {
        try {
            port.linkDossier(counterNumber(), code, purpose);
            closeRefusal();
            dossiers.refused(null);
            return true;
        } catch (CounterRefusal refused) {
            closeRefusal();
            dossiers.refused(refused);
            return false;
        } finally {
            render();
        }
    }

    private void refuse(CounterRefusal refused) {
        closeRefusal();
        refusal = Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE);
        refusal.addClassName("console-refusal");
    }

    private void closeRefusal() {
        if (refusal != null) {
            refusal.close();
            refusal = null;
        }
    }

    /** The chosen counter's number; 0 while none is chosen (an officer working on held dossiers away from one). */
    private int counterNumber() {
        return counter.getValue() == null ? 0 : counter.getValue().number();
    }

    private void render() {
        boolean chosen = counter.getValue() != null;
        boolean seated = chosen && officer.getValue() != null;
        shownCounter = chosen ? counterNumber() : 0;
        leave.setEnabled(seated);
        // Until the officer takes the counter, say how: choosing one's own name opens it.
        officer.setHelperText(chosen && !seated ? getTranslation("console.officer-hint") : null);
        if (!chosen) {
            actions.noCounter();
            current.showNone(getTranslation("console.choose-counter"));
            today.show(Optional.empty());
            waiting.clear();
            dossiers.clear();
            return;
        }
        CounterStatus status = port.status(counterNumber());
        actions.show(status, seated);
        status.current().ifPresentOrElse(ticket -> current.show(ticket, status),
                () -> current.showNone(getTranslation("console.idle")));
        today.show(port.officerToday(counterNumber()));
        waiting.show(status);
        dossiers.show(port.dossiers(counterNumber()), seated);
    }
}
