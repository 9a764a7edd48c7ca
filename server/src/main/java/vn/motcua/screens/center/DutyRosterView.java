package vn.motcua.screens.center;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.audit.Actor;
import vn.motcua.center.CenterLeader;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.center.DutyRoster;
import vn.motcua.center.DutyRoster.LeaderOnDuty;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.CurrentActor;

/**
 * The administrator keeps the leader on duty for each of the next 30 days, who signs same-day results: chosen from the
 * center's leaders or typed, name and title. Each change is audited by the roster.
 */
@RolesAllowed("ADMIN")
@Route("admin/duty")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/dossier-handling.css")
public class DutyRosterView extends Div implements HasDynamicTitle {

    static final int DAYS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DutyRoster roster;
    private final List<LocalDate> days;
    private final ComboBox<LocalDate> day = new ComboBox<>();
    private final ComboBox<CenterLeader> leader = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField title = new TextField();
    private final Span result = new Span();
    private final Div table = new Div();

    public DutyRosterView(DutyRoster roster, Centers centers, CenterTime time) {
        this.roster = roster;
        LocalDate today = time.today();
        this.days = today.datesUntil(today.plusDays(DAYS)).toList();
        addClassNames("admin", "duty");
        day.setLabel(getTranslation("duty.day"));
        day.setId("duty-day");
        day.setItems(days);
        day.setItemLabelGenerator(this::dayWords);
        day.setWidth("22em");
        day.addValueChangeListener(change -> fill(change.getValue()));
        leader.setLabel(getTranslation("duty.leader"));
        leader.setId("duty-leader");
        leader.setItems(centers.leaders());
        leader.setItemLabelGenerator(chosen -> chosen.getTitle() + " " + chosen.getFullName());
        leader.setWidth("30em");
        leader.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                name.setValue(change.getValue().getFullName());
                title.setValue(change.getValue().getTitle());
            }
        });
        name.setLabel(getTranslation("duty.name"));
        name.setId("duty-name");
        name.setMaxLength(200);
        title.setLabel(getTranslation("duty.title-of-leader"));
        title.setId("duty-title");
        title.setMaxLength(200);
        title.setWidth("24em");
        Button save = new Button(getTranslation("duty.save"), click -> save());
        save.setId("duty-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button clear = new Button(getTranslation("duty.clear"), click -> clear());
        clear.setId("duty-clear");
        result.setId("duty-result");
        Div form = new Div(day, leader, name, title, new Div(save, clear), result);
        form.addClassName("admin-form");
        add(new H1(getTranslation("duty.page-title")), new Paragraph(getTranslation("duty.hint")), form, table);
        day.setValue(today);
        show();
    }

    private void fill(LocalDate chosen) {
        leader.clear();
        LeaderOnDuty current = chosen == null ? null : roster.on(chosen).orElse(null);
        name.setValue(current == null ? "" : current.fullName());
        title.setValue(current == null ? "" : current.title());
    }

    private void save() {
        try {
            roster.put(new LeaderOnDuty(day.getValue(), name.getValue(), title.getValue()), actor());
            said("saved", getTranslation("duty.saved", dayWords(day.getValue())));
        } catch (Refusal refused) {
            said("refused", getTranslation(refused.messageKey(), refused.args()));
        }
        show();
    }

    private void clear() {
        if (day.getValue() != null) {
            roster.clear(day.getValue(), actor());
            fill(day.getValue());
            said("cleared", getTranslation("duty.cleared", dayWords(day.getValue())));
            show();
        }
    }

    private void said(String outcome, String text) {
        result.setText(text);
        result.getElement().setAttribute("data-outcome", outcome);
    }

    private void show() {
        Map<LocalDate, LeaderOnDuty> onDuty = roster.list(days.getFirst(), days.getLast()).stream()
                .collect(Collectors.toMap(LeaderOnDuty::day, Function.identity()));
        NativeTable rows = new NativeTable();
        rows.setId("duty-roster");
        rows.addClassName("slip-table");
        NativeTableRow head = rows.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("duty.day"));
        head.addHeaderCell().setText(getTranslation("duty.leader"));
        head.addHeaderCell();
        for (LocalDate each : days) {
            NativeTableRow row = rows.getBody().addRow();
            row.addClassName("duty-row");
            row.getElement().setAttribute("data-day", each.toString());
            row.addDataCell().setText(dayWords(each));
            LeaderOnDuty leaderOnDuty = onDuty.get(each);
            NativeTableCell who = row.addDataCell();
            who.addClassName("duty-who");
            who.setText(leaderOnDuty == null ? getTranslation("duty.nobody") : leaderOnDuty.signature());
            if (leaderOnDuty == null) {
                who.addClassName("duty-nobody");
            }
            Button change = new Button(getTranslation("duty.change"), click -> day.setValue(each));
            change.addClassName("duty-change");
            row.addDataCell().add(change);
        }
        table.removeAll();
        table.add(rows);
    }

    /** "Thứ Hai, 23/11/2026". */
    private String dayWords(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()) + ", " + DAY.format(date);
    }

    private static Actor actor() {
        return CurrentActor.get();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duty.page-title");
    }
}
