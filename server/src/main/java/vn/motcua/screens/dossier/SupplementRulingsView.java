package vn.motcua.screens.dossier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.SupplementRequest;
import vn.motcua.dossier.SupplementRuling;
import vn.motcua.dossier.SupplementRulings;
import vn.motcua.dossier.SupplementRulings.LaterRequest;
import vn.motcua.dossier.Supplements;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officers;
import vn.motcua.security.Accounts;

/**
 * The head of unit rules each later supplement request of their unit's officers: with a valid reason, or without one
 * (a violation on the asking officer's record, said why). Below, the record of those ruled, violations named.
 */
@RolesAllowed({"UNIT_HEAD", "MANAGER", "ADMIN"})
@Route("ho-so/bo-sung-lan-sau")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/dossier-handling.css")
public class SupplementRulingsView extends Div implements HasDynamicTitle {

    private final SupplementRulings rulings;
    private final Supplements supplements;
    private final Officers officers;
    /** Who rules: the person who opened the screen. */
    private final Handler head = Handler.of(Accounts.current().orElseThrow());
    private final Div awaiting = new Div();
    private final Div ruled = new Div();

    public SupplementRulingsView(SupplementRulings rulings, Supplements supplements, Officers officers) {
        this.rulings = rulings;
        this.supplements = supplements;
        this.officers = officers;
        addClassNames("admin", "rulings");
        awaiting.setId("rulings-awaiting");
        ruled.setId("rulings-ruled");
        add(new H1(getTranslation("rulings.title")), new Span(getTranslation("rulings.hint")), awaiting,
                new H2(getTranslation("rulings.ruled")), ruled);
        show();
    }

    private void show() {
        OfficerNames names = new OfficerNames(officers);
        awaiting.removeAll();
        List<LaterRequest> waiting = rulings.awaiting(head);
        if (waiting.isEmpty()) {
            awaiting.add(note("rulings-none", getTranslation("rulings.none")));
        }
        waiting.forEach(request -> awaiting.add(card(request, names)));
        ruled.removeAll();
        List<LaterRequest> done = rulings.ruled(head);
        if (done.isEmpty()) {
            ruled.add(note("rulings-none-ruled", getTranslation("rulings.none-ruled")));
        }
        done.forEach(request -> ruled.add(record(request, names)));
    }

    private Div card(LaterRequest later, OfficerNames names) {
        SupplementRequest request = later.request();
        Div card = new Div();
        card.addClassName("ruling-card");
        card.getElement().setAttribute("data-dossier", later.dossierCode());
        card.add(note("ruling-dossier", getTranslation("rulings.dossier", later.dossierCode(), later.procedureCode(),
                        request.getRequestNo())),
                note("ruling-asked", getTranslation("rulings.asked", names.name(request.getAskedBy()),
                        names.unitOf(request.getAskedBy()), DossierWords.when(request.getAskedAt()))),
                note("ruling-reason", getTranslation("rulings.reason", request.getReasonForAnother().orElse(""))),
                ControlSlipParts.items(request));
        TextArea comment = new TextArea(getTranslation("rulings.comment"));
        comment.addClassName("ruling-comment");
        comment.setMaxLength(1000);
        comment.setWidthFull();
        Span answer = note("ruling-answer", "");
        Button justified = new Button(getTranslation("rulings.justified"),
                click -> rule(later, true, comment.getValue(), answer));
        justified.addClassNames("ruling-justified", "ruling-button");
        justified.addThemeVariants(ButtonVariant.PRIMARY);
        Button unjustified = new Button(getTranslation("rulings.unjustified"),
                click -> rule(later, false, comment.getValue(), answer));
        unjustified.addClassNames("ruling-unjustified", "ruling-button");
        unjustified.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        Div buttons = new Div(justified, unjustified);
        buttons.addClassName("ruling-buttons");
        card.add(comment, buttons, answer);
        return card;
    }

    private void rule(LaterRequest later, boolean justified, String comment, Span answer) {
        try {
            supplements.rule(head, later.dossierCode(), later.request().getRequestNo(), justified, comment);
            show();
        } catch (Refusal refused) {
            answer.setText(getTranslation(refused.messageKey(), refused.args()));
            answer.getElement().setAttribute("data-outcome", "refused");
        }
    }

    private Div record(LaterRequest later, OfficerNames names) {
        SupplementRequest request = later.request();
        boolean violation = request.getRuling().orElseThrow() == SupplementRuling.UNJUSTIFIED;
        String asker = names.name(request.getAskedBy());
        String ruler = request.getRuledBy().map(names::name).orElse("");
        Div record = new Div(note("ruling-dossier", getTranslation("rulings.dossier", later.dossierCode(),
                        later.procedureCode(), request.getRequestNo())),
                note("ruling-verdict", violation ? getTranslation("rulings.violation", asker, ruler)
                        : getTranslation("rulings.was-justified", asker, ruler)),
                note("ruling-when", request.getRuledAt().map(DossierWords::when).orElse("")
                        + request.getRulingComment().map(why -> " · " + why).orElse("")));
        record.addClassNames("ruling-record", violation ? "ruling-violation" : "ruling-valid");
        record.getElement().setAttribute("data-dossier", later.dossierCode());
        return record;
    }

    private static Span note(String className, String text) {
        Span note = new Span(text);
        note.addClassName(className);
        return note;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rulings.title");
    }
}
