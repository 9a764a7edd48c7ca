package vn.motcua.screens.dossier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.motcua.dossier.AlertLine;
import vn.motcua.dossier.LateScope;

/**
 * "Trễ hạn / sắp đến hạn": the scope's late and due-soon lines as the watch recorded them, late first, a step's line
 * marked as the step, each with who holds it now and, for a late one, who answers for it.
 */
final class LateAlertsGrid extends Grid<AlertLine> {

    private final DossierWords.Texts texts;
    private LateFlags flags;

    LateAlertsGrid(DossierWords.Texts texts, Consumer<String> open) {
        this.texts = texts;
        setId("dossier-alerts");
        addClassName("dossier-alerts");
        addColumn(AlertLine::code).setHeader(texts.get("dossiers.code")).setWidth("145px").setFlexGrow(0);
        addColumn(AlertLine::procedureCode).setHeader(texts.get("dossiers.procedure")).setWidth("95px")
                .setFlexGrow(0);
        addColumn(line -> line.unitName().orElse(texts.get("dossiers.alerts.no-unit")))
                .setHeader(texts.get("dossiers.unit")).setWidth("150px").setFlexGrow(1);
        addComponentColumn(this::state).setHeader(texts.get("dossiers.alerts.state")).setWidth("230px")
                .setFlexGrow(2);
        addColumn(line -> DossierWords.when(line.dueAt())).setHeader(texts.get("dossiers.alerts.due"))
                .setWidth("130px").setFlexGrow(0);
        addColumn(line -> line.holderName().orElse("")).setHeader(texts.get("dossiers.holder")).setWidth("150px")
                .setFlexGrow(1);
        addColumn(line -> line.newAppointmentAt().map(DossierWords::when).orElse(""))
                .setHeader(texts.get("dossiers.alerts.new-appointment")).setWidth("130px").setFlexGrow(0);
        addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        setPartNameGenerator(line -> line.isLate() ? "dossier-overdue" : "dossier-due-soon");
        addItemClickListener(click -> open.accept(click.getItem().code()));
    }

    /** Shows these lines, late ones first; {@code flags} names who answers. */
    void show(List<AlertLine> late, List<AlertLine> dueSoon, LateFlags flags) {
        this.flags = flags;
        setItems(Stream.concat(late.stream(), dueSoon.stream()).toList());
    }

    private Component state(AlertLine line) {
        String words;
        String className;
        if (line.isLate()) {
            className = line.scope() == LateScope.STEP ? "dossier-flag-step-late" : "dossier-flag-overdue";
            words = line.scope() == LateScope.STEP
                    ? texts.get("dossiers.flag.step-late", flags.step(line), DossierWords.when(line.dueAt()))
                    : flags.whoAnswers(line);
        } else {
            className = "dossier-flag-due-soon";
            words = line.scope() == LateScope.STEP
                    ? texts.get("dossiers.flag.step-due-soon", flags.step(line), DossierWords.when(line.dueAt()))
                    : texts.get("dossiers.alerts.due-soon");
        }
        Span flag = new Span(words);
        flag.addClassNames("dossier-flag", className);
        Div cell = new Div(flag);
        cell.addClassName("dossier-flags");
        return cell;
    }
}
