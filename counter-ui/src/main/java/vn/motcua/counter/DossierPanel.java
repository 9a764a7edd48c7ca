package vn.motcua.counter;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.IntSupplier;
import vn.motcua.counter.ConsolePort.LinkedDossier;
import vn.motcua.counter.ConsolePort.VisitDossiers;

/**
 * The dossiers of the visit at the counter: a code typed, or typed by a USB barcode/QR scanner reading the province's
 * receipt, then Enter, links one; several are linked one after another. Function keys pass through to the console.
 * Above them, reception of a new dossier (Alt+T) and the dossiers the officer holds (Alt+G); a dossier the visitor
 * came to supplement is marked supplied on its row.
 */
final class DossierPanel extends Div {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final H2 heading = new H2();
    private final TextField code = new TextField();
    private final Select<DossierPurpose> purpose = new Select<>();
    private final Div rows = new Div();
    private final DossierDesk desk;
    private final Runnable redraw;
    private final Button receive = new Button();
    private final RefusalLine refusal = new RefusalLine();
    private Optional<String> visitNumber = Optional.empty();

    /**
     * {@code link} links a code for a purpose and says whether it was taken; {@code counter} is the counter shown,
     * {@code redraw} draws the console again after a dossier was received or handled.
     */
    DossierPanel(BiPredicate<String, DossierPurpose> link, DossierDesk desk, IntSupplier counter, Runnable redraw) {
        this.desk = desk;
        this.redraw = redraw;
        addClassName("console-dossiers");
        receive.setText(getTranslation("console.reception.open"));
        receive.addClassName("console-receive");
        receive.setSuffixComponent(ConsoleMarks.key("Alt+T"));
        receive.addClickShortcut(Key.KEY_T, KeyModifier.ALT);
        receive.addClickListener(click -> new ReceptionDialog(desk, counter.getAsInt(), visitNumber, redraw).open());
        Button held = new Button(getTranslation("console.held-dossiers.open"));
        held.addClassName("console-held-open");
        HeldAlertBadge badge = new HeldAlertBadge(desk);
        held.setSuffixComponent(new Span(badge, ConsoleMarks.key("Alt+G")));
        held.addClickShortcut(Key.KEY_G, KeyModifier.ALT);
        held.addClickListener(click -> {
            HeldDossiersDialog dialog = new HeldDossiersDialog(desk, counter.getAsInt());
            dialog.addOpenedChangeListener(change -> {
                if (!change.isOpened()) {
                    badge.refresh();
                    redraw.run();
                }
            });
            dialog.open();
        });
        Div tools = new Div(receive, held);
        tools.addClassName("console-dossier-tools");
        heading.addClassName("console-dossier-title");
        code.setLabel(getTranslation("console.dossier.code"));
        code.setPlaceholder(getTranslation("console.dossier.code-hint"));
        code.setMaxLength(60);
        code.addClassName("console-dossier-code");
        purpose.setLabel(getTranslation("console.dossier.purpose"));
        purpose.setItems(DossierPurpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation("console.dossier.purpose." + key(p)));
        purpose.setValue(DossierPurpose.SUBMISSION);
        purpose.addClassName("console-dossier-purpose");
        // The code comes with the Enter itself (what the field holds then), not from the field's last sync: a
        // scanner types the code and Enter faster than a change would reach the server. Other keys are left alone.
        code.getElement().addEventListener("keydown", enter -> {
            Object value = enter.getEventData(Map.class).get("element.value");
            String typed = value == null ? "" : value.toString().strip();
            if (typed.isEmpty()) {
                return;
            }
            code.setValue(typed);
            if (link.test(typed, purpose.getValue())) {
                code.clear();
            } else {
                // Selected, so the next scan replaces the wrong code instead of running on after it.
                code.getElement().executeJs("this.inputElement && this.inputElement.select()");
            }
        }).setFilter("event.key === 'Enter'").addEventData("element.value");
        Div entry = new Div(code, purpose);
        entry.addClassName("console-dossier-entry");
        rows.addClassName("console-dossier-rows");
        add(tools, heading, entry, refusal, rows);
    }

    /** The visit's dossiers; without a visit, the field waits for the next call. Only a seated officer receives. */
    void show(VisitDossiers visit, boolean seated) {
        if (!visit.ticketNumber().equals(visitNumber)) {
            // The last visitor's code, its refusal and its purpose say nothing about the next visitor: a code left
            // selected in the field would otherwise run on into the next scan.
            refusal.clear();
            code.clear();
            purpose.setValue(DossierPurpose.SUBMISSION);
        }
        visitNumber = visit.ticketNumber();
        receive.setEnabled(seated);
        heading.setText(visit.ticketNumber().map(number -> getTranslation("console.dossier.title", number))
                .orElse(getTranslation("console.dossier.title-none")));
        code.setEnabled(visit.ticketNumber().isPresent());
        purpose.setEnabled(visit.ticketNumber().isPresent());
        rows.removeAll();
        for (LinkedDossier dossier : visit.dossiers()) {
            rows.add(row(dossier));
        }
    }

    /** Why the last code was refused, beside the field; null clears it. */
    void refused(CounterRefusal refused) {
        if (refused == null) {
            refusal.clear();
        } else {
            refusal.show(refused);
        }
    }

    /** No counter chosen. */
    void clear() {
        show(new VisitDossiers(Optional.empty(), List.of()), false);
    }

    private Div row(LinkedDossier dossier) {
        Span number = new Span(dossier.code());
        number.addClassName("console-dossier-number");
        Span procedure = new Span(getTranslation("console.dossier.procedure", dossier.procedureCode()));
        procedure.addClassName("console-dossier-procedure");
        Span status = new Span(getTranslation("console.dossier.status." + dossier.status()));
        status.addClassName("console-dossier-status");
        Span due = new Span(getTranslation("console.dossier.due", DUE.format(dossier.dueAt())));
        due.addClassName("console-dossier-due");
        Span why = new Span(getTranslation("console.dossier.purpose." + key(dossier.purpose())));
        why.addClassName("console-dossier-why");
        Div row = new Div(number, procedure, status, due, why);
        row.addClassName("console-dossier");
        if (dossier.purpose() == DossierPurpose.SUPPLEMENT && "AWAITING_SUPPLEMENT".equals(dossier.status())) {
            Button supplied = new Button(getTranslation("console.held-dossiers.supplied"));
            supplied.addClassName("console-dossier-supplied");
            supplied.setDisableOnClick(true);
            supplied.addClickListener(click -> {
                if (refusal.attempt(supplied, () -> desk.supplied(dossier.code()))) {
                    redraw.run();
                }
            });
            row.add(supplied);
        }
        return row;
    }

    private static String key(DossierPurpose purpose) {
        return purpose.name().toLowerCase(Locale.ROOT);
    }
}
