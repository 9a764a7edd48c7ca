package vn.motcua.screens.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.motcua.center.CenterTime;
import vn.motcua.center.ReportSettings;
import vn.motcua.i18n.Refusal;
import vn.motcua.report.Evaluation;
import vn.motcua.report.Evaluations;
import vn.motcua.report.Evaluator;
import vn.motcua.report.Grade;
import vn.motcua.report.OfficerMonth;
import vn.motcua.security.Accounts;
import vn.motcua.security.Role;

/**
 * The monthly evaluation of every officer (seed 000, 003): the figures, the grade by the center's rule, the head of
 * unit's proposal and the leader's decision, made in a dialog with a required reason. An officer sees their own line,
 * a head of unit their unit's, a manager every unit's; under each unit its own line, for which its head answers.
 */
@RolesAllowed({"OFFICER", "UNIT_HEAD", "MANAGER", "ADMIN"})
@Route("bao-cao/danh-gia-can-bo")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/evaluations.css")
public class EvaluationsView extends Div implements HasDynamicTitle {

    /** How far back the month picker reaches. */
    private static final int MONTHS_OFFERED = 24;

    private final Evaluations evaluations;
    private final ReportSettings settings;
    private final Evaluator reader;
    private final Select<YearMonth> month = new Select<>();
    private final Div downloads = new Div();
    private final Span answer = new Span();
    private final Div units = new Div();

    public EvaluationsView(Evaluations evaluations, ReportSettings settings, CenterTime time) {
        this.evaluations = evaluations;
        this.settings = settings;
        this.reader = Evaluator.of(Accounts.current().orElseThrow());
        addClassNames("admin", "evaluations");
        YearMonth now = YearMonth.from(time.today());
        List<YearMonth> months = new ArrayList<>();
        for (int back = 0; back < MONTHS_OFFERED; back++) {
            months.add(now.minusMonths(back));
        }
        month.setId("evaluation-month");
        month.setLabel(getTranslation("evaluation.month"));
        month.setItems(months);
        month.setItemLabelGenerator(each -> String.format(Locale.ROOT, "%02d/%d", each.getMonthValue(),
                each.getYear()));
        month.setValue(now);
        month.addValueChangeListener(changed -> show());
        downloads.addClassName("evaluation-downloads");
        answer.setId("evaluation-answer");
        units.setId("evaluations");
        Span hint = new Span(getTranslation("evaluation.hint"));
        hint.addClassName("evaluation-hint");
        add(new H1(getTranslation("evaluation.title")), hint, new Div(month, downloads), answer, units);
        show();
    }

    private void show() {
        YearMonth chosen = month.getValue();
        downloads.removeAll();
        for (String extension : List.of("xlsx", "csv", "pdf")) {
            Anchor link = new Anchor(EvaluationDownloads.PATH + chosen + "." + extension,
                    getTranslation("evaluation.download." + extension));
            link.setId("evaluation-" + extension);
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("router-ignore", true);
            downloads.add(link);
        }
        units.removeAll();
        Evaluation.Month shown = evaluations.month(chosen, Optional.empty(), reader);
        if (shown.officers().isEmpty()) {
            units.add(new Span(getTranslation("evaluation.none")));
        }
        Map<Long, List<Evaluation>> byUnit = new LinkedHashMap<>();
        shown.officers().forEach(each -> byUnit.computeIfAbsent(each.officer().unitId() == null ? -1L
                : each.officer().unitId(), any -> new ArrayList<>()).add(each));
        Map<Long, Evaluation.UnitLine> lines = new LinkedHashMap<>();
        shown.units().forEach(line -> lines.put(line.unitId(), line));
        byUnit.forEach((unit, officers) -> units.add(unit(officers, Optional.ofNullable(lines.get(unit)))));
    }

    private Div unit(List<Evaluation> officers, Optional<Evaluation.UnitLine> line) {
        Div unit = new Div(new H2(officers.getFirst().officer().unitName()));
        unit.addClassName("evaluation-unit");
        Grid<Evaluation> grid = new Grid<>();
        grid.addClassName("evaluation-grid");
        // Figures, grades and reasons are sentences: cut to one line they could not be read.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(each -> each.officer().code()).setHeader(getTranslation("evaluation.col.code"))
                .setAutoWidth(true);
        grid.addColumn(each -> each.officer().fullName() + (each.head() ? " (" + getTranslation("evaluation.head")
                + ")" : "")).setHeader(getTranslation("evaluation.col.name")).setAutoWidth(true);
        grid.addColumn(each -> figures(each.officer().figures())).setHeader(getTranslation("evaluation.col.figures"))
                .setFlexGrow(3);
        grid.addColumn(this::ruleWords).setHeader(getTranslation("evaluation.col.rule")).setFlexGrow(2);
        grid.addColumn(each -> each.proposal().map(step -> getTranslation("evaluation.proposal",
                grade(step.grade()), step.by(), step.reason())).orElse("")).setHeader(
                getTranslation("evaluation.col.proposed")).setFlexGrow(2);
        grid.addColumn(each -> each.decision().map(step -> getTranslation("evaluation.decision",
                grade(step.grade()), step.by(), step.reason())).orElse("")).setHeader(
                getTranslation("evaluation.col.decided")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setItems(officers);
        unit.add(grid);
        line.ifPresent(each -> {
            OfficerMonth.Figures sum = each.figures();
            Span words = new Span(getTranslation("evaluation.unit-line", each.unitName(),
                    percent(sum.satisfiedPercent()), percent(sum.onTimePercent()), sum.violations(),
                    grade(each.grade())));
            words.addClassName("evaluation-unit-line");
            words.getElement().setAttribute("data-unit", String.valueOf(each.unitId()));
            unit.add(words);
        });
        return unit;
    }

    private String figures(OfficerMonth.Figures figures) {
        return getTranslation("evaluation.col.received") + " " + figures.received() + " · "
                + getTranslation("evaluation.col.handled") + " " + figures.handled() + " · "
                + getTranslation("evaluation.col.on-time-rate") + " " + percent(figures.onTimePercent()) + " · "
                + getTranslation("evaluation.col.served") + " " + figures.ticketsServed() + " · "
                + getTranslation("evaluation.col.wait") + " " + minutes(figures.averageWait()) + " · "
                + getTranslation("evaluation.col.absences") + " " + figures.absences() + " · "
                + getTranslation("evaluation.col.satisfied") + " " + percent(figures.satisfiedPercent()) + " ("
                + figures.rated() + ") · " + getTranslation("evaluation.col.complaints") + " "
                + figures.complaints() + " · " + getTranslation("evaluation.col.late-own-fault") + " "
                + figures.lateOwnFault() + " · " + getTranslation("evaluation.col.supplement") + " "
                + figures.supplementViolations() + " · " + getTranslation("evaluation.col.returned") + " "
                + figures.returnedByFault();
    }

    private String ruleWords(Evaluation each) {
        if (each.ruleGrade().isEmpty()) {
            return getTranslation("evaluation.ungraded");
        }
        String rule = grade(each.ruleGrade().get());
        return each.unitGrade().map(unit -> rule + " – " + getTranslation("evaluation.joint",
                grade(each.own().orElseThrow()), grade(unit))).orElse(rule);
    }

    private Div actions(Evaluation each) {
        Div actions = new Div();
        if (each.decision().isPresent() || !each.officer().graded()) {
            return actions;
        }
        if (mayPropose(each)) {
            actions.add(action("evaluation-propose", "evaluation.propose", each, true));
        }
        if (each.proposal().isPresent() && mayDecide()) {
            actions.add(action("evaluation-decide", "evaluation.decide", each, false));
        }
        return actions;
    }

    private Button action(String className, String key, Evaluation each, boolean proposal) {
        Button button = new Button(getTranslation(key), click -> dialog(each, proposal));
        button.addClassName(className);
        button.getElement().setAttribute("data-officer", each.officer().code());
        return button;
    }

    private boolean mayPropose(Evaluation each) {
        return reader.role() == Role.MANAGER || reader.headOfUnit() && !each.head()
                && reader.officerId().filter(own -> own == each.officer().officerId()).isEmpty()
                && reader.unitId().filter(unit -> unit.equals(each.officer().unitId())).isPresent();
    }

    private boolean mayDecide() {
        return settings.gradeDecider().map(name -> name.equalsIgnoreCase(reader.username()))
                .orElse(reader.role() == Role.MANAGER);
    }

    private void dialog(Evaluation each, boolean proposal) {
        Dialog dialog = new Dialog();
        dialog.setId("evaluation-dialog");
        dialog.setHeaderTitle(getTranslation(proposal ? "evaluation.dialog.propose-title"
                : "evaluation.dialog.decide-title", each.officer().fullName()));
        Span rule = new Span(getTranslation("evaluation.dialog.rule", ruleWords(each)));
        RadioButtonGroup<Grade> grade = new RadioButtonGroup<>(getTranslation("evaluation.dialog.grade"));
        grade.setId("evaluation-grade");
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(this::grade);
        grade.setValue(proposal ? each.ruleGrade().orElse(null) : each.proposal().map(Evaluation.Step::grade)
                .orElse(null));
        TextArea reason = new TextArea(getTranslation("evaluation.dialog.reason"));
        reason.setId("evaluation-reason");
        reason.setRequired(true);
        reason.setMaxLength(Evaluations.REASON_MAX);
        reason.setWidthFull();
        Span said = new Span();
        said.setId("evaluation-dialog-answer");
        Button save = new Button(getTranslation("evaluation.dialog.save"), click -> {
            try {
                if (proposal) {
                    evaluations.propose(each.officer().code(), month.getValue(), grade.getValue(), reason.getValue(),
                            reader);
                } else {
                    evaluations.decide(each.officer().code(), month.getValue(), grade.getValue(), reason.getValue(),
                            reader);
                }
                tell(answer, getTranslation(proposal ? "evaluation.saved.proposal" : "evaluation.saved.decision",
                        each.officer().fullName()), "done");
                dialog.close();
                show();
            } catch (Refusal refused) {
                tell(said, getTranslation(refused.messageKey(), refused.args()), "refused");
            }
        });
        save.setId("evaluation-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button close = new Button(getTranslation("evaluation.dialog.cancel"), click -> dialog.close());
        close.setId("evaluation-close");
        Div body = new Div(rule, grade, reason, said);
        body.addClassName("evaluation-dialog-body");
        dialog.add(body);
        dialog.getFooter().add(close, save);
        dialog.open();
    }

    private String grade(Grade grade) {
        return getTranslation(grade.key());
    }

    private String percent(Optional<Double> percent) {
        return percent.map(each -> String.format(getLocale(), "%.1f%%", each))
                .orElse(getTranslation("evaluation.no-share"));
    }

    private String minutes(Optional<java.time.Duration> duration) {
        return duration.map(each -> String.format(getLocale(), "%.1f", each.toSeconds() / 60.0))
                .orElse(getTranslation("evaluation.no-share"));
    }

    private static void tell(Span span, String text, String outcome) {
        span.setText(text);
        span.getElement().setAttribute("data-outcome", outcome);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.title");
    }
}
