package vn.motcua.counter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import vn.motcua.counter.DossierDesk.HeldDossier;
import vn.motcua.counter.DossierDesk.PrintAnswer;

/**
 * Hồ sơ tôi đang giữ: the open dossiers the officer holds, longest held first, each with what can be done to it
 * (hand it off, ask for a supplement or mark it supplied, record its result). What was done last stays on top.
 */
final class HeldDossiersDialog extends Dialog {

    private final DossierDesk desk;
    private final int counterNumber;
    private final Span done = new Span();
    private final RefusalLine refusal = new RefusalLine();
    private final Div rows = new Div();

    HeldDossiersDialog(DossierDesk desk, int counterNumber) {
        this.desk = desk;
        this.counterNumber = counterNumber;
        addClassNames("console-form", "console-held-dossiers");
        setHeaderTitle(getTranslation("console.held-dossiers.title"));
        done.addClassName("console-done-line");
        done.setVisible(false);
        rows.addClassName("console-held-rows");
        add(done, refusal, rows);
        desk.followHeldAlerts(this, this::show);
        Button close = new Button(getTranslation("console.form.close"), click -> close());
        close.addClassName("console-form-cancel");
        getFooter().add(close);
        show();
    }

    private void show() {
        rows.removeAll();
        List<HeldDossier> held = desk.held();
        HeldAlerts alerts = new HeldAlerts(desk.heldAlerts());
        if (held.isEmpty()) {
            Span none = new Span(getTranslation("console.held-dossiers.none"));
            none.addClassName("console-held-none");
            rows.add(none);
        }
        held.forEach(dossier -> rows.add(row(dossier, alerts)));
    }

    private void acted(String words) {
        done.setText(words);
        done.setVisible(true);
        refusal.clear();
        show();
    }

    private Div row(HeldDossier dossier, HeldAlerts alerts) {
        Span code = new Span(dossier.code());
        code.addClassName("console-held-code");
        Span status = new Span(getTranslation("console.dossier.status." + dossier.status()));
        status.addClassName("console-held-status");
        Span procedure = new Span(dossier.procedureCode() + " · " + dossier.procedureName());
        procedure.addClassName("console-held-procedure");
        Span applicant = new Span(dossier.applicant());
        applicant.addClassName("console-held-applicant");
        Span due = new Span(getTranslation("console.held-dossiers.due", ConsoleMarks.DAY_TIME.format(dossier.dueAt())));
        due.addClassName("console-held-due");
        Duration held = dossier.heldFor();
        Span since = new Span(getTranslation("console.held-dossiers.since",
                ConsoleMarks.DAY_TIME.format(dossier.heldSince()), held.toHours(), held.toMinutesPart()));
        since.addClassName("console-held-since");
        Div facts = new Div(code, status, procedure, applicant, due, since);
        facts.addClassName("console-held-facts");
        HeldAlertBadge.flag(alerts, dossier.code()).ifPresent(flag -> facts.addComponentAtIndex(2, flag));

        Button handOff = action("console.held-dossiers.hand-off", "console-held-hand-off",
                () -> HeldDossierForms.handOff(this, desk, dossier, this::acted).open());
        Button result = action("console.held-dossiers.result", "console-held-result",
                () -> HeldDossierForms.result(this, desk, dossier, this::acted).open());
        Div actions = new Div(handOff);
        if ("AWAITING_SUPPLEMENT".equals(dossier.status())) {
            Button supplied = new Button(getTranslation("console.held-dossiers.supplied"));
            supplied.addClassName("console-held-supplied");
            supplied.setDisableOnClick(true);
            supplied.addClickListener(click -> {
                if (refusal.attempt(supplied, () -> desk.supplied(dossier.code()))) {
                    acted(getTranslation("console.supplied.done", dossier.code()));
                }
            });
            actions.add(supplied);
            if (counterNumber > 0) {
                actions.add(printSupplement(dossier));
            }
            actions.add(supplementPdf(dossier));
        } else {
            actions.add(action("console.held-dossiers.supplement", "console-held-supplement",
                    () -> HeldDossierForms.supplement(this, desk, dossier, this::acted).open()));
        }
        if (dossier.apologyApproved()) {
            if (counterNumber > 0) {
                actions.add(printButton("console.apology.print", "console-held-print-apology",
                        () -> desk.printApology(counterNumber, dossier.code())));
            }
            actions.add(pdf(dossier, "xin-loi", "console.apology.pdf", "console-held-apology-pdf"));
        }
        actions.add(result);
        actions.addClassName("console-held-actions");
        Div row = new Div(facts, actions);
        row.addClassName("console-held-row");
        alerts.flagOf(dossier.code()).ifPresent(line -> row.addClassName(line.late() ? "console-held-row-late"
                : "console-held-row-due-soon"));
        return row;
    }

    /** The request (Mẫu 02) printed for the citizen on the counter's printer (when the officer sits at one). */
    private Button printSupplement(HeldDossier dossier) {
        return printButton("console.supplement.print", "console-held-print-supplement",
                () -> desk.printSupplement(counterNumber, dossier.code()));
    }

    /** A paper printed for the citizen on the counter's printer; the outcome said in words either way. */
    private Button printButton(String labelKey, String className, Supplier<PrintAnswer> printing) {
        Button print = new Button(getTranslation(labelKey));
        print.addClassName(className);
        print.setDisableOnClick(true);
        print.addClickListener(click -> {
            PrintAnswer answer = refusal.attempt(print, printing::get);
            if (answer != null && answer.printed()) {
                done.setText(getTranslation(answer.messageKey(), answer.detail()));
                done.setVisible(true);
            } else if (answer != null) {
                refusal.setText(getTranslation(answer.messageKey(), answer.detail()));
                refusal.setVisible(true);
            }
        });
        return print;
    }

    private Anchor supplementPdf(HeldDossier dossier) {
        return pdf(dossier, "bo-sung", "console.supplement.pdf", "console-held-supplement-pdf");
    }

    private Anchor pdf(HeldDossier dossier, String paper, String labelKey, String className) {
        Anchor pdf = new Anchor("/giay-to/ho-so/" + dossier.code() + "/" + paper + ".pdf", getTranslation(labelKey),
                AnchorTarget.BLANK);
        pdf.addClassName(className);
        return pdf;
    }

    private Button action(String labelKey, String className, Runnable open) {
        Button button = new Button(getTranslation(labelKey), click -> open.run());
        button.addClassName(className);
        return button;
    }
}
