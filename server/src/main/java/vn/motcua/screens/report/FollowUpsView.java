package vn.motcua.screens.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.center.CenterTime;
import vn.motcua.feedback.FollowUpLine;
import vn.motcua.feedback.FollowUps;
import vn.motcua.feedback.FollowUpsChanged;
import vn.motcua.i18n.Refusal;
import vn.motcua.live.LiveUpdates;
import vn.motcua.security.Accounts;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/**
 * Theo dõi đánh giá không hài lòng: the head of unit's (or the managers') list of dissatisfied ratings to follow up,
 * open ones first, the overdue in red and those sent up to the managers marked; a dialog records the contact with
 * the citizen and the resolution. Redraws when a follow-up changes.
 */
@RolesAllowed({"UNIT_HEAD", "MANAGER", "ADMIN"})
@Route("danh-gia/theo-doi")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/follow-ups.css")
public class FollowUpsView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(CenterTime.ZONE);

    private final FollowUps followUps;
    /** Who follows up: the person who opened the screen. */
    private final SignedInUser user;
    private final Checkbox openOnly = new Checkbox();
    private final Span answer = note("followups-answer", "");
    private final Div list = new Div();

    public FollowUpsView(FollowUps followUps, LiveUpdates live) {
        this.followUps = followUps;
        this.user = Accounts.current().orElseThrow();
        addClassNames("admin", "followups");
        openOnly.setLabel(getTranslation("followups.open-only"));
        openOnly.setId("followups-open-only");
        openOnly.setValue(true);
        openOnly.addValueChangeListener(changed -> show());
        answer.setId("followups-answer");
        list.setId("followups");
        add(new H1(getTranslation("followups.title")), note("followups-hint", getTranslation("followups.hint")),
                openOnly, answer, list);
        live.redrawWhileAttached(this, FollowUpsChanged.class, this::concerns, this::show);
        show();
    }

    /** A manager's list holds every unit's; a head's only their unit's. */
    private boolean concerns(FollowUpsChanged changed) {
        return user.role() != Role.UNIT_HEAD || changed.unitIds().isEmpty()
                || changed.unitIds().contains(user.unitId());
    }

    private void show() {
        list.removeAll();
        List<FollowUpLine> lines = followUps.list(user, openOnly.getValue());
        if (lines.isEmpty()) {
            list.add(note("followups-none", getTranslation("followups.none")));
        }
        lines.forEach(line -> list.add(card(line)));
    }

    private Div card(FollowUpLine line) {
        Div card = new Div(note("followup-ticket", getTranslation("followups.ticket", line.ticketNumber(),
                        line.serviceName(), line.counterNumber())),
                note("followup-officer", getTranslation("followups.officer", line.officerName())),
                note("followup-level", getTranslation("followups.level", BoardText.level(this, line.level()),
                        when(line.ratedAt()))),
                note("followup-reasons", line.reasons().isEmpty() ? getTranslation("followups.no-reason")
                        : getTranslation("followups.reasons", line.reasons().stream()
                                .map(reason -> BoardText.reason(this, reason.name())).sorted()
                                .collect(Collectors.joining("; ")))),
                due(line),
                note("followup-contact", line.contactedAt().map(at -> getTranslation("followups.contact", when(at),
                        line.contactNote().orElse(""))).orElse(getTranslation("followups.no-contact"))));
        card.addClassName("followup-card");
        card.setClassName("late", line.late());
        card.setClassName("escalated", line.escalated());
        card.setClassName("resolved", line.resolved());
        card.getElement().setAttribute("data-ticket", line.ticketNumber());
        line.resolution().ifPresent(text -> card.add(note("followup-resolution", getTranslation(
                "followups.resolution", line.resolvedBy().orElse(""), when(line.resolvedAt().orElseThrow()), text))));
        if (!line.resolved()) {
            Button handle = new Button(getTranslation("followups.handle"), click -> dialog(line));
            handle.addClassName("followup-handle");
            handle.addThemeVariants(ButtonVariant.PRIMARY);
            card.add(handle);
        }
        return card;
    }

    private Div due(FollowUpLine line) {
        Div due = new Div(note("followup-due-at", getTranslation("followups.due", when(line.dueAt()))));
        due.addClassName("followup-due");
        if (line.late()) {
            due.add(note("followup-late", getTranslation("followups.late")));
        }
        if (line.escalated()) {
            due.add(note("followup-escalated", getTranslation("followups.escalated")));
        }
        return due;
    }

    private void dialog(FollowUpLine line) {
        Dialog dialog = new Dialog();
        dialog.setId("followup-dialog");
        dialog.setHeaderTitle(getTranslation("followups.dialog.title", line.ticketNumber()));
        TextArea note = new TextArea(getTranslation("followups.dialog.note"));
        note.setId("followup-note");
        note.setMaxLength(FollowUps.NOTE_LENGTH);
        note.setWidthFull();
        note.setValue(line.contactNote().orElse(""));
        TextArea resolution = new TextArea(getTranslation("followups.dialog.resolution"));
        resolution.setId("followup-resolution-text");
        resolution.setMaxLength(FollowUps.RESOLUTION_LENGTH);
        resolution.setWidthFull();
        Span said = note("followup-dialog-answer", "");
        said.setId("followup-dialog-answer");
        Button contact = new Button(getTranslation("followups.dialog.save-contact"), click -> act(said, () -> {
            followUps.contact(user, line.id(), note.getValue());
            tell(said, getTranslation("followups.contact-saved"), "done");
        }));
        contact.setId("followup-save-contact");
        Button resolve = new Button(getTranslation("followups.dialog.resolve"), click -> act(said, () -> {
            followUps.resolve(user, line.id(), resolution.getValue());
            tell(answer, getTranslation("followups.resolved", line.ticketNumber()), "done");
            dialog.close();
        }));
        resolve.setId("followup-resolve");
        resolve.addThemeVariants(ButtonVariant.PRIMARY);
        Button close = new Button(getTranslation("followups.dialog.close"), click -> dialog.close());
        close.setId("followup-close");
        Div body = new Div(note, contact, resolution, said);
        body.addClassName("followup-dialog-body");
        dialog.add(body);
        dialog.getFooter().add(close, resolve);
        dialog.open();
    }

    /** Runs a follow-up's act and redraws; a refusal is said in the dialog, in words. */
    private void act(Span said, Runnable act) {
        try {
            act.run();
            show();
        } catch (Refusal refused) {
            tell(said, getTranslation(refused.messageKey(), refused.args()), "refused");
        }
    }

    private static String when(Instant at) {
        return WHEN.format(at);
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
        return getTranslation("followups.title");
    }
}
