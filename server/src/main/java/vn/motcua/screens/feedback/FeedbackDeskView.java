package vn.motcua.screens.feedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackAlertsChanged;
import vn.motcua.feedback.FeedbackDesk;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.FeedbackReader;
import vn.motcua.live.LiveUpdates;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.screens.feedback.FeedbackWords.State;
import vn.motcua.security.Accounts;

/**
 * Where staff handle feedback (xử lý phản ánh, kiến nghị): what each person may see by the desk's rule (a head their
 * unit's, managers all, a denunciation only its receiver), with the deadline in red when passed and amber within the
 * center's warning hours, the officer and unit concerned; for managers, unanswered feedback assigned to no unit comes
 * first, to be assigned; one opens to assign, answer and publish; a hotline call is recorded below. Redrawn when feedback
 * comes in, is assigned, answered or published.
 */
@RolesAllowed({"OFFICER", "UNIT_HEAD", "MANAGER", "ADMIN"})
@Route("phan-anh/xu-ly")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/feedback.css")
public class FeedbackDeskView extends Div implements HasDynamicTitle {

    private final FeedbackDesk desk;
    private final FeedbackCases cases;
    private final Officers officers;
    private final CenterSettings settings;
    private final CenterTime time;
    private final FeedbackReader reader = FeedbackReader.of(Accounts.current().orElseThrow());
    private final Checkbox openOnly = new Checkbox();
    private final Div list = new Div();

    public FeedbackDeskView(FeedbackDesk desk, FeedbackCases cases, Officers officers, CenterSettings settings,
            CenterTime time, LiveUpdates live) {
        this.desk = desk;
        this.cases = cases;
        this.officers = officers;
        this.settings = settings;
        this.time = time;
        addClassNames("admin", "feedback-desk");
        openOnly.setLabel(getTranslation("feedback-desk.open-only"));
        openOnly.setValue(true);
        openOnly.setId("feedback-open-only");
        openOnly.addValueChangeListener(changed -> show());
        list.setId("feedback-list");
        add(new H1(getTranslation("feedback-desk.title")), new Span(getTranslation("feedback-desk.hint")), openOnly,
                list, new HotlineCallForm(cases, this::show));
        live.redrawWhileAttached(this, FeedbackAlertsChanged.class, changed -> true, this::show);
        show();
    }

    private void show() {
        list.removeAll();
        List<Feedback> found = desk.list(reader, openOnly.getValue());
        if (reader.manager()) {
            // Feedback nobody handles yet is the managers' first business: it waits for a unit (the sort is stable).
            found = found.stream().sorted(Comparator.comparing(each -> !unassigned(each))).toList();
        }
        Span count = new Span(found.isEmpty() ? getTranslation("feedback-desk.none")
                : getTranslation("feedback-desk.count", found.size()));
        count.setId("feedback-count");
        list.add(count);
        long waiting = found.stream().filter(FeedbackDeskView::unassigned).count();
        if (reader.manager() && waiting > 0) {
            Span unassigned = new Span(" " + getTranslation("feedback-desk.unassigned-count", waiting));
            unassigned.setId("feedback-unassigned-count");
            list.add(unassigned);
        }
        if (found.isEmpty()) {
            return;
        }
        Instant now = time.now();
        Duration warning = Duration.ofHours(settings.current().get(CenterSettings.Setting.WARNING_HOURS));
        NativeTable table = new NativeTable();
        table.addClassName("feedback-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("code", "received", "category", "state", "due", "officer", "unit", "open")) {
            head.addHeaderCell().setText(getTranslation("feedback-desk.column." + key));
        }
        for (Feedback each : found) {
            State state = State.of(each, now);
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("feedback-row");
            row.getElement().setAttribute("data-code", each.getCode());
            if (unassigned(each)) {
                row.addClassName("feedback-unassigned");
            }
            row.addDataCell().setText(each.getCode());
            row.addDataCell().setText(FeedbackWords.time(each.getReceivedAt()));
            row.addDataCell().setText(FeedbackWords.category(this, each)
                    + (each.getKind() == FeedbackKind.DENUNCIATION ? " — " + getTranslation("feedback-desk.denunciation") : ""));
            row.addDataCell().setText(getTranslation(state.key()));
            var due = row.addDataCell();
            due.setText(FeedbackWords.time(each.getAnswerDueAt()));
            String urgency = urgency(each, now, warning);
            if (urgency != null) {
                due.addClassName(urgency);
                due.add(new Span(" " + getTranslation("feedback-desk.due." + urgency)));
            }
            Officer officer = each.getOfficerId().flatMap(officers::find).orElse(null);
            row.addDataCell().setText(officer == null ? "—" : officer.getFullName());
            row.addDataCell().setText(each.getUnitId().flatMap(officers::unit).map(Unit::getName)
                    .orElse(getTranslation(each.getKind() == FeedbackKind.DENUNCIATION ? "feedback-desk.unit.confidential"
                            : "feedback-desk.unit.unassigned")));
            Button open = new Button(getTranslation("feedback-desk.open"), click -> open(each.getCode()));
            open.addClassName("feedback-open");
            row.addDataCell().add(open);
        }
        list.add(table);
    }

    /** Unanswered feedback with no unit to handle it: a manager assigns it. A denunciation never has one. */
    private static boolean unassigned(Feedback each) {
        return each.getKind() == FeedbackKind.FEEDBACK && each.getUnitId().isEmpty() && each.getAnsweredAt().isEmpty();
    }

    /** "late" past the deadline unanswered, "due-soon" within the warning hours; nothing once answered. */
    private static String urgency(Feedback each, Instant now, Duration warning) {
        if (each.getAnsweredAt().isPresent()) {
            return null;
        }
        if (!each.onTime(now)) {
            return "late";
        }
        return each.getAnswerDueAt().isBefore(now.plus(warning)) ? "due-soon" : null;
    }

    private void open(String code) {
        desk.list(reader, false).stream().filter(each -> each.getCode().equals(code)).findFirst()
                .ifPresent(found -> new FeedbackCaseDialog(cases, reader, found, this::show).open());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback-desk.title");
    }
}
