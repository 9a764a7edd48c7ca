package vn.motcua.screens.dossier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import vn.motcua.dossier.Apologies;
import vn.motcua.dossier.Apologies.Awaiting;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierApology;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Handler;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officers;
import vn.motcua.security.Accounts;
import vn.motcua.security.SignedInUser;

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04): the holder drafts one with its reason and sees the new date
 * before saving; a leader approves or rejects each draft, saying whether the reason is valid; below, the late dossiers
 * that still have none.
 */
@RolesAllowed({"OFFICER", "UNIT_HEAD", "MANAGER", "ADMIN"})
@Route("ho-so/xin-loi")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/apologies.css")
public class ApologiesView extends Div implements HasDynamicTitle {

    private final Apologies apologies;
    private final Dossiers dossiers;
    private final Officers officers;
    /** Who drafts or decides: the person who opened the screen. */
    private final Handler handler;
    private final DossierScope scope;
    private final TextField code = new TextField();
    private final TextArea reason = new TextArea();
    private final IntegerField days = new IntegerField();
    private final Span preview = note("apology-preview", "");
    private final Span answer = note("apology-answer", "");
    private final Div awaiting = new Div();
    private final Div late = new Div();

    public ApologiesView(Apologies apologies, Dossiers dossiers, Officers officers) {
        this.apologies = apologies;
        this.dossiers = dossiers;
        this.officers = officers;
        SignedInUser user = Accounts.current().orElseThrow();
        this.handler = Handler.of(user);
        this.scope = StaffScope.of(dossiers, user);
        addClassNames("admin", "apologies");
        awaiting.setId("apologies-awaiting");
        late.setId("apologies-late");
        add(new H1(getTranslation("apologies.title")), note("apologies-hint", getTranslation("apologies.hint")),
                new H2(getTranslation("apologies.draft")), draftForm(),
                new H2(getTranslation("apologies.awaiting")), awaiting,
                new H2(getTranslation("apologies.late")), late);
        show();
    }

    private Div draftForm() {
        code.setLabel(getTranslation("apologies.code"));
        code.setId("apology-code");
        code.addValueChangeListener(changed -> showPreview());
        reason.setLabel(getTranslation("apologies.reason"));
        reason.setId("apology-reason");
        reason.setMaxLength(Apologies.REASON_LENGTH);
        reason.setWidthFull();
        days.setLabel(getTranslation("apologies.days"));
        days.setId("apology-days");
        days.setMin(1);
        days.setMax(Apologies.MOST_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(2);
        days.addValueChangeListener(changed -> showPreview());
        Button save = new Button(getTranslation("apologies.save"), click -> draft());
        save.setId("apology-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        showPreview();
        Div form = new Div(code, days, reason, preview, save, answer);
        form.addClassName("apology-form");
        return form;
    }

    private void showPreview() {
        Optional<Dossier> dossier = dossiers.find(code.getValue()).filter(scope::covers);
        if (dossier.isEmpty() || days.getValue() == null) {
            preview.setText(getTranslation("apologies.preview-none"));
            return;
        }
        try {
            preview.setText(getTranslation("apologies.preview",
                    DossierWords.when(apologies.newAppointment(dossier.get(), days.getValue()))));
        } catch (Refusal refused) {
            preview.setText(getTranslation(refused.messageKey(), refused.args()));
        }
    }

    private void draft() {
        try {
            DossierApology drafted = apologies.draft(handler, code.getValue(), reason.getValue(),
                    days.getValue() == null ? 0 : days.getValue());
            tell(answer, getTranslation("apologies.saved", code.getValue().strip(),
                    DossierWords.when(drafted.getNewAppointmentAt())), "done");
            reason.clear();
            show();
        } catch (Refusal refused) {
            tell(answer, getTranslation(refused.messageKey(), refused.args()), "refused");
        }
    }

    private void show() {
        OfficerNames names = new OfficerNames(officers);
        awaiting.removeAll();
        List<Awaiting> drafts = apologies.awaitingDecision(handler);
        if (drafts.isEmpty()) {
            awaiting.add(note("apologies-none", getTranslation("apologies.none-awaiting")));
        }
        drafts.forEach(draft -> awaiting.add(card(draft, names)));
        late.removeAll();
        List<Dossier> missing = apologies.lateWithoutApology(handler);
        if (missing.isEmpty()) {
            late.add(note("apologies-none", getTranslation("apologies.none-late")));
        }
        missing.forEach(dossier -> late.add(lateLine(dossier, names)));
    }

    private Div card(Awaiting draft, OfficerNames names) {
        Dossier dossier = draft.dossier();
        DossierApology apology = draft.apology();
        Div card = new Div(note("apology-dossier", getTranslation("apologies.dossier", dossier.getCode(),
                        dossier.getProcedureCode(), dossier.getOwnerName())),
                note("apology-drafted", getTranslation("apologies.drafted", names.name(apology.getDraftedBy()),
                        DossierWords.when(apology.getDraftedAt()))),
                note("apology-dates", getTranslation("apologies.dates", DossierWords.when(dossier.getDueAt()),
                        DossierWords.when(apology.getNewAppointmentAt()))),
                note("apology-card-reason", getTranslation("apologies.card-reason", apology.getReason())));
        card.addClassName("apology-card");
        card.getElement().setAttribute("data-dossier", dossier.getCode());
        if (handler.manager()) {
            Checkbox valid = new Checkbox(getTranslation("apologies.reason-valid"), true);
            valid.addClassName("apology-reason-valid");
            TextArea comment = new TextArea(getTranslation("apologies.comment"));
            comment.addClassName("apology-comment");
            comment.setMaxLength(1000);
            comment.setWidthFull();
            Span said = note("apology-decision-answer", "");
            Button approve = new Button(getTranslation("apologies.approve"),
                    click -> decide(dossier, true, valid.getValue(), comment.getValue(), said));
            approve.addClassNames("apology-approve", "apology-button");
            approve.addThemeVariants(ButtonVariant.PRIMARY);
            Button reject = new Button(getTranslation("apologies.reject"),
                    click -> decide(dossier, false, valid.getValue(), comment.getValue(), said));
            reject.addClassNames("apology-reject", "apology-button");
            reject.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
            Div buttons = new Div(approve, reject);
            buttons.addClassName("apology-buttons");
            card.add(valid, comment, buttons, said);
        }
        return card;
    }

    private void decide(Dossier dossier, boolean approve, boolean valid, String comment, Span said) {
        try {
            apologies.decide(handler, dossier.getCode(), approve, valid, comment);
            tell(answer, getTranslation("apologies.decided", dossier.getCode()), "done");
            show();
        } catch (Refusal refused) {
            tell(said, getTranslation(refused.messageKey(), refused.args()), "refused");
        }
    }

    private Div lateLine(Dossier dossier, OfficerNames names) {
        String holder = dossier.getHolderOfficerId().map(names::name).orElse(getTranslation("apologies.no-holder"));
        Button write = new Button(getTranslation("apologies.write"), click -> {
            code.setValue(dossier.getCode());
            reason.focus();
        });
        write.addClassName("apology-write");
        Div line = new Div(note("apology-late-line", getTranslation("apologies.late-line", dossier.getCode(),
                dossier.getProcedureCode(), dossier.getOwnerName(), DossierWords.when(dossier.getDueAt()), holder)),
                write);
        line.addClassName("apology-late");
        line.getElement().setAttribute("data-dossier", dossier.getCode());
        return line;
    }

    private static void tell(Span span, String text, String outcome) {
        span.setText(text);
        span.getElement().setAttribute("data-outcome", outcome);
    }

    private static Span note(String className, String text) {
        Span note = new Span(text);
        note.addClassName(className);
        return note;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apologies.title");
    }
}
