package vn.motcua.screens.catalogue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureDocument;
import vn.motcua.catalogue.ProcedureStep;

/**
 * One procedure of the public catalogue: code, name, legal time in words, fee, the "4 tại chỗ" badge, the papers with
 * their copies, the internal steps with their shares, and the demo note. In the list it opens on a tap; alone, it is
 * open.
 */
final class ProcedureCard {

    private final Component screen;
    private final Function<Long, String> unitNames;

    ProcedureCard(Component screen, Function<Long, String> unitNames) {
        this.screen = screen;
        this.unitNames = unitNames;
    }

    Component of(Procedure procedure, boolean alone) {
        Div summary = new Div(head(procedure), new H3(procedure.getName()), facts(procedure));
        summary.addClassName("procedure-summary");
        Div body = new Div(new H4(text("catalogue.documents")), documents(procedure),
                new H4(text("catalogue.steps")), steps(procedure));
        body.addClassName("procedure-body");
        if (procedure.isDemoValues()) {
            Paragraph demo = new Paragraph(text("catalogue.demo"));
            demo.addClassName("procedure-demo");
            body.add(demo);
        }
        if (!alone) {
            Anchor own = new Anchor("thu-tuc/" + procedure.getCode(), text("catalogue.link"));
            own.addClassName("procedure-link");
            body.add(own);
        }
        NativeDetails card = new NativeDetails(summary, body);
        card.setOpen(alone);
        card.addClassName("procedure-card");
        card.getElement().setAttribute("data-procedure", procedure.getCode());
        return card;
    }

    private Div head(Procedure procedure) {
        Span code = new Span(text("catalogue.code", procedure.getCode()));
        code.addClassName("procedure-code");
        Div head = new Div(code);
        head.addClassName("procedure-head");
        if (procedure.isOnTheSpot()) {
            Span badge = new Span(text("catalogue.on-the-spot"));
            badge.addClassName("procedure-on-the-spot");
            head.add(badge);
        }
        if (procedure.isDemoValues()) {
            Span demo = new Span(text("catalogue.demo.badge"));
            demo.addClassName("procedure-demo-badge");
            head.add(demo);
        }
        return head;
    }

    private Div facts(Procedure procedure) {
        Div facts = new Div(fact("catalogue.time", timeInWords(procedure), "procedure-time"),
                fact("catalogue.fee", feeInWords(procedure), "procedure-fee"));
        facts.addClassName("procedure-facts");
        return facts;
    }

    private Div fact(String labelKey, String value, String className) {
        Span label = new Span(text(labelKey));
        label.addClassName("procedure-fact-label");
        Span shown = new Span(value);
        shown.addClassName(className);
        Div fact = new Div(label, shown);
        fact.addClassName("procedure-fact");
        return fact;
    }

    private OrderedList documents(Procedure procedure) {
        OrderedList list = new OrderedList();
        list.addClassName("procedure-documents");
        for (ProcedureDocument document : procedure.getDocuments()) {
            Span copies = new Span(document.copies());
            copies.addClassName("procedure-copies");
            ListItem item = new ListItem(new Span(document.name()), copies);
            item.addClassName(document.required() ? "required" : "optional");
            list.add(item);
        }
        return list;
    }

    private OrderedList steps(Procedure procedure) {
        OrderedList list = new OrderedList();
        list.addClassName("procedure-steps");
        for (ProcedureStep step : procedure.getSteps()) {
            String unit = step.unitId() == null ? null : unitNames.apply(step.unitId());
            String what = text("catalogue.step." + step.kind().name()) + (unit == null ? "" : " – " + unit);
            Span share = new Span(text("catalogue.step.share", step.sharePercent()));
            share.addClassName("procedure-share");
            list.add(new ListItem(new Span(what), share));
        }
        return list;
    }

    /** "Trong ngày", "3 ngày làm việc", "8 giờ làm việc". */
    private String timeInWords(Procedure procedure) {
        return text("catalogue.time." + procedure.getLegalTime().unit().name(), procedure.getLegalTime().amount());
    }

    /** The center's own words for the fee when it has them, else the amount, else that none is charged. */
    private String feeInWords(Procedure procedure) {
        return procedure.getFeeNote().filter(note -> !note.isBlank())
                .orElseGet(() -> procedure.getFeeVnd().map(fee -> text("catalogue.fee.amount", fee))
                        .orElseGet(() -> text("catalogue.fee.none")));
    }

    private String text(String key, Object... params) {
        return screen.getTranslation(key, params);
    }
}
