package vn.motcua.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

/**
 * One procedure on the kiosk: its code, legal time, fee and the papers to bring with their copies, and the demo
 * note when the values are illustrative. Back to the field's list, or home.
 */
final class ProcedureStep {

    private final KioskView kiosk;
    private final ProcedureInfo procedure;

    ProcedureStep(KioskView kiosk, ProcedureInfo procedure) {
        this.kiosk = kiosk;
        this.procedure = procedure;
    }

    void showIn(HasComponents body) {
        Span code = new Span(text("kiosk.catalogue.code", procedure.code()));
        code.addClassName("kiosk-procedure-code");
        Div facts = new Div(fact("kiosk.catalogue.time", timeInWords(kiosk, procedure), "kiosk-procedure-time"),
                fact("kiosk.catalogue.fee", feeInWords(), "kiosk-procedure-fee"));
        facts.addClassName("kiosk-procedure-facts-box");
        if (procedure.onTheSpot()) {
            Span badge = new Span(text("kiosk.catalogue.on-the-spot"));
            badge.addClassName("kiosk-on-the-spot");
            facts.add(badge);
        }
        OrderedList papers = new OrderedList();
        papers.addClassName("kiosk-papers");
        for (ProcedureInfo.Paper paper : procedure.papers()) {
            Span copies = new Span(paper.copies());
            copies.addClassName("kiosk-paper-copies");
            ListItem item = new ListItem(new Span(paper.name()), copies);
            item.addClassName("kiosk-paper");
            if (!paper.required()) {
                item.addClassName("optional");
            }
            papers.add(item);
        }
        Div detail = new Div(code, facts, new H3(text("kiosk.catalogue.papers")), papers);
        detail.addClassName("kiosk-procedure-detail");
        if (procedure.demoValues()) {
            Span demo = new Span(text("kiosk.catalogue.demo"));
            demo.addClassName("kiosk-demo-values");
            detail.add(demo);
        }
        Button list = new Button(text("kiosk.catalogue.back"), click -> kiosk.showCatalogue(procedure.fieldName()));
        list.addClassName("kiosk-back");
        Div actions = new Div(list, kiosk.homeButton());
        actions.addClassName("kiosk-catalogue-actions");
        body.add(KioskView.stepTitle(procedure.name()), detail, actions);
    }

    private Component fact(String labelKey, String value, String className) {
        Span label = new Span(text(labelKey));
        label.addClassName("kiosk-fact-label");
        Span shown = new Span(value);
        shown.addClassName(className);
        Div fact = new Div(label, shown);
        fact.addClassName("kiosk-fact");
        return fact;
    }

    /** "Trong ngày", "3 ngày làm việc", "8 giờ làm việc". */
    static String timeInWords(KioskView kiosk, ProcedureInfo procedure) {
        return kiosk.getTranslation("kiosk.catalogue.time." + procedure.timeUnit().name(), procedure.timeAmount());
    }

    /** The center's own words for the fee when it has them, else the amount, else that none is charged. */
    private String feeInWords() {
        if (procedure.feeNote() != null && !procedure.feeNote().isBlank()) {
            return procedure.feeNote();
        }
        return procedure.feeVnd() == null ? text("kiosk.catalogue.fee.none")
                : text("kiosk.catalogue.fee.amount", procedure.feeVnd());
    }

    private String text(String key, Object... params) {
        return kiosk.getTranslation(key, params);
    }
}
