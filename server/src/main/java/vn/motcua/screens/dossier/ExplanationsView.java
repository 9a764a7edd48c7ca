package vn.motcua.screens.dossier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import vn.motcua.dossier.ExplanationCase;
import vn.motcua.dossier.ExplanationRuling;
import vn.motcua.dossier.Explanations;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.LateExplanation;
import vn.motcua.dossier.LateReason;
import vn.motcua.dossier.UnitExplanation;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officers;
import vn.motcua.security.Accounts;

/**
 * Giải trình: an officer explains their late dossiers (a returned one shows the head's comment); a head of unit rules
 * on their unit's explanations and explains the unit's period; a manager sees every missing and overdue explanation
 * and may rule. Each part shows only to whom it concerns.
 */
@RolesAllowed({"OFFICER", "UNIT_HEAD", "MANAGER", "ADMIN"})
@Route("ho-so/giai-trinh")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/dossier-handling.css")
public class ExplanationsView extends Div implements HasDynamicTitle {

    private final Explanations explanations;
    private final Officers officers;
    /** Who acts: the person who opened the screen. */
    private final Handler handler = Handler.of(Accounts.current().orElseThrow());
    private final ExplanationParts parts = new ExplanationParts(this::getTranslation);
    private final Span answer = ExplanationParts.note("explanations-answer", "");
    private final Div content = new Div();

    public ExplanationsView(Explanations explanations, Officers officers) {
        this.explanations = explanations;
        this.officers = officers;
        addClassNames("admin", "explanations");
        answer.setId("explanations-answer");
        add(new H1(getTranslation("explanations.title")), new Span(getTranslation("explanations.hint")), answer,
                content);
        show();
    }

    private void show() {
        content.removeAll();
        boolean rules = handler.manager() || handler.headOfUnit() && handler.unitId().isPresent();
        if (handler.officerId().isPresent()) {
            section("explanations-to-write", "explanations.to-write", "explanations.none-to-write",
                    explanations.toWrite(handler).stream().map(this::toWrite).toList());
        }
        if (rules) {
            section("explanations-awaiting", "explanations.awaiting", "explanations.none-awaiting",
                    explanations.awaitingRuling(handler).stream().map(this::awaiting).toList());
            section("explanations-missing", "explanations.missing", "explanations.none-missing",
                    explanations.missing(handler).stream().map(this::missing).toList());
            unitPart();
        }
    }

    private void section(String id, String titleKey, String noneKey, List<Div> cards) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.setId(id);
        section.addClassName("explanations-section");
        if (cards.isEmpty()) {
            section.add(ExplanationParts.note("explanations-none", getTranslation(noneKey)));
        }
        cards.forEach(section::add);
        content.add(section);
    }

    private Div toWrite(ExplanationCase each) {
        Div card = parts.card(each, "explanation-to-write");
        each.latest().ifPresent(last -> card.add(parts.attempt(each, last), parts.returned(last)));
        Select<LateReason> reason = new Select<>();
        reason.setLabel(getTranslation("explanations.reason"));
        reason.addClassName("explanation-reason");
        reason.setItems(LateReason.values());
        reason.setItemLabelGenerator(choice -> getTranslation("explanations.reason." + choice.name()));
        TextArea text = new TextArea(getTranslation("explanations.text"));
        text.addClassName("explanation-text-field");
        text.setMaxLength(2000);
        text.setWidthFull();
        Button send = new Button(getTranslation("explanations.send"), click -> act(() -> {
            LateExplanation written = explanations.explain(handler, each.latenessId(), reason.getValue(),
                    text.getValue());
            return getTranslation("explanations.sent", written.getAttemptNo(), each.dossierCode());
        }));
        send.addClassName("explanation-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        card.add(reason, text, send);
        return card;
    }

    private Div awaiting(ExplanationCase each) {
        Div card = parts.card(each, "explanation-awaiting");
        LateExplanation last = each.latest().orElseThrow();
        card.add(parts.attempt(each, last));
        TextArea comment = new TextArea(getTranslation("explanations.comment"));
        comment.addClassName("explanation-comment");
        comment.setMaxLength(1000);
        comment.setWidthFull();
        Button accept = new Button(getTranslation("explanations.accept"),
                click -> rule(each, last, ExplanationRuling.ACCEPTED, comment.getValue()));
        accept.addClassName("explanation-accept");
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        Button giveBack = new Button(getTranslation("explanations.return"),
                click -> rule(each, last, ExplanationRuling.RETURNED, comment.getValue()));
        giveBack.addClassName("explanation-return");
        giveBack.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        Div buttons = new Div(accept, giveBack);
        buttons.addClassName("ruling-buttons");
        card.add(comment, buttons);
        return card;
    }

    private Div missing(ExplanationCase each) {
        Div card = parts.card(each, "explanation-missing");
        card.add(ExplanationParts.note("explanation-attempts",
                getTranslation("explanations.attempts", each.attempts().size())));
        return card;
    }

    private void rule(ExplanationCase each, LateExplanation last, ExplanationRuling ruling, String comment) {
        act(() -> {
            explanations.rule(handler, last.getId(), ruling, comment);
            return getTranslation("explanations.ruled." + ruling.name(), each.dossierCode());
        });
    }

    /** The head's explanation of a period, and those written: the head writes, a manager reads every unit's. */
    private void unitPart() {
        Div section = new Div(new H2(getTranslation("explanations.unit")));
        section.setId("explanations-unit");
        section.addClassName("explanations-section");
        if (handler.headOfUnit()) {
            DatePicker from = new DatePicker(getTranslation("explanations.unit.from"));
            from.setId("unit-explanation-from");
            DatePicker to = new DatePicker(getTranslation("explanations.unit.to"));
            to.setId("unit-explanation-to");
            TextArea text = new TextArea(getTranslation("explanations.unit.text"));
            text.setId("unit-explanation-text");
            text.setMaxLength(4000);
            text.setWidthFull();
            Button send = new Button(getTranslation("explanations.unit.send"), click -> act(() -> {
                UnitExplanation written = explanations.explainUnit(handler, from.getValue(), to.getValue(),
                        text.getValue());
                return getTranslation("explanations.unit.sent", DossierWords.day(written.getPeriodFrom()),
                        DossierWords.day(written.getPeriodTo()));
            }));
            send.setId("unit-explanation-send");
            send.addThemeVariants(ButtonVariant.PRIMARY);
            Div form = new Div(from, to, text, send);
            form.addClassName("admin-form");
            section.add(form);
        }
        List<UnitExplanation> written = explanations.unitExplanations(handler);
        if (written.isEmpty()) {
            section.add(ExplanationParts.note("explanations-none", getTranslation("explanations.unit.none")));
        }
        OfficerNames names = new OfficerNames(officers);
        written.forEach(period -> section.add(new Div(ExplanationParts.note("unit-explanation-line",
                getTranslation("explanations.unit.line", names.unit(period.getUnitId()),
                        DossierWords.day(period.getPeriodFrom()), DossierWords.day(period.getPeriodTo()),
                        period.getText())))));
        content.add(section);
    }

    /** Does it, then says what was done (or, refused, why) and shows the lists as they are now. */
    private void act(Supplier<String> action) {
        try {
            String done = action.get();
            show();
            answer.setText(done);
            answer.getElement().setAttribute("data-outcome", "done");
        } catch (Refusal refused) {
            answer.setText(getTranslation(refused.messageKey(), refused.args()));
            answer.getElement().setAttribute("data-outcome", "refused");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("explanations.title");
    }
}
