package vn.motcua.screens.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditRecord;
import vn.motcua.audit.AuditTrail;
import vn.motcua.queue.TicketHistoryReader;
import vn.motcua.center.CenterTime;
import vn.motcua.center.DayRange;
import jakarta.annotation.security.RolesAllowed;

/**
 * Managers read who did what: sign-ins, counter sessions, pairings and settings, and every ticket's history.
 * Read-only by construction: nothing on this screen can change a record.
 */
@RolesAllowed({"MANAGER", "ADMIN"})
@Route("audit")
@StyleSheet("styles/admin.css")
public class AuditView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM HH:mm:ss").withZone(CenterTime.ZONE);

    private final AuditTrail trail;
    private final TicketHistoryReader tickets;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField actor = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final TextField ticketNumber = new TextField();
    private final Grid<AuditRecord> records = new Grid<>();
    private final Grid<TicketHistoryReader.TicketHistoryRow> history = new Grid<>();
    private final AuditWords words = new AuditWords(this::getTranslation);

    public AuditView(AuditTrail trail, TicketHistoryReader tickets, CenterTime time) {
        this.trail = trail;
        this.tickets = tickets;
        addClassName("admin");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setValue(time.today());
        to.setValue(time.today());
        actor.setLabel(getTranslation("audit.actor"));
        actor.setId("audit-actor");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation(AuditWords.key(a)));
        action.setClearButtonVisible(true);
        ticketNumber.setLabel(getTranslation("audit.ticket"));
        Button apply = new Button(getTranslation("audit.apply"), click -> refresh());
        apply.setId("audit-apply");
        Div filters = new Div(from, to, actor, action, ticketNumber, apply);
        filters.addClassName("admin-form");

        records.setId("audit-records");
        records.addColumn(r -> WHEN.format(r.getAt())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        records.addColumn(AuditRecord::getActor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        records.addColumn(r -> getTranslation(AuditWords.key(r.getAction()))).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        records.addColumn(r -> words.subject(r.getSubject())).setHeader(getTranslation("audit.subject")).setFlexGrow(3);
        records.addColumn(r -> words.detail(r.getAction(), r.getDetail())).setHeader(getTranslation("audit.detail")).setFlexGrow(2);
        records.setAllRowsVisible(true);

        history.setId("audit-tickets");
        history.addColumn(r -> WHEN.format(r.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        history.addColumn(TicketHistoryReader.TicketHistoryRow::number).setHeader(getTranslation("audit.ticket"));
        history.addColumn(words::change)
                .setHeader(getTranslation("audit.change")).setAutoWidth(true);
        history.addColumn(r -> r.officerCode() == null ? "" : r.officerCode() + " " + r.officerName())
                .setHeader(getTranslation("audit.officer")).setAutoWidth(true);
        history.addColumn(r -> r.counterNumber() == null ? "" : String.valueOf(r.counterNumber()))
                .setHeader(getTranslation("audit.counter"));
        history.addColumn(TicketHistoryReader.TicketHistoryRow::reason).setHeader(getTranslation("audit.detail"));
        history.setAllRowsVisible(true);

        add(new H1(getTranslation("audit.title")), filters, new H2(getTranslation("audit.records")), records,
                new H2(getTranslation("audit.tickets")), history);
        refresh();
    }

    private void refresh() {
        LocalDate first = from.getValue() == null ? LocalDate.of(2000, 1, 1) : from.getValue();
        LocalDate last = to.getValue() == null ? first.plusYears(100) : to.getValue();
        DayRange days = DayRange.of(first, last);
        records.setItems(trail.find(days.start(), days.end(), actor.getValue(), action.getValue()));
        history.setItems(tickets.find(days.start(), days.end(), actor.getValue(), ticketNumber.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
