package vn.motcua.kiosk;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;

/**
 * The catalogue on the kiosk (seed 002: every procedure published): one button per field, the procedures of the
 * field chosen as big buttons, and a way home. Tapping a procedure shows what to bring ({@link ProcedureStep}).
 */
final class CatalogueStep {

    private final KioskView kiosk;
    private final List<ProcedureInfo> procedures;
    private final String field;

    /** The field shown: the one given, or the first field of the catalogue. */
    CatalogueStep(KioskView kiosk, List<ProcedureInfo> procedures, String field) {
        this.kiosk = kiosk;
        this.procedures = procedures;
        this.field = field != null ? field
                : procedures.stream().map(ProcedureInfo::fieldName).findFirst().orElse(null);
    }

    void showIn(HasComponents body) {
        body.add(KioskView.stepTitle(text("kiosk.catalogue.title")));
        if (procedures.isEmpty()) {
            Span none = new Span(text("kiosk.catalogue.empty"));
            none.addClassName("kiosk-catalogue-empty");
            body.add(none, kiosk.homeButton());
            return;
        }
        Nav fields = new Nav();
        fields.addClassName("kiosk-field-filters");
        procedures.stream().map(ProcedureInfo::fieldName).distinct().forEach(name -> fields.add(fieldButton(name)));
        Div list = new Div();
        list.addClassName("kiosk-procedures");
        procedures.stream().filter(p -> Objects.equals(p.fieldName(), field)).forEach(p -> list.add(procedureButton(p)));
        Div layout = new Div(fields, list);
        layout.addClassName("kiosk-catalogue");
        body.add(layout, kiosk.homeButton());
    }

    private Button fieldButton(String name) {
        Button button = new Button(name, click -> kiosk.showCatalogue(name));
        button.addClassName("kiosk-field-filter");
        boolean active = name.equals(field);
        button.getElement().setAttribute("aria-pressed", Boolean.toString(active));
        button.getElement().setAttribute("data-field", name);
        if (active) {
            button.addClassName("active");
        }
        return button;
    }

    private Button procedureButton(ProcedureInfo procedure) {
        Span name = new Span(procedure.name());
        name.addClassName("kiosk-procedure-name");
        Span facts = new Span(ProcedureStep.timeInWords(kiosk, procedure)
                + (procedure.onTheSpot() ? " · " + text("kiosk.catalogue.on-the-spot") : ""));
        facts.addClassName("kiosk-procedure-facts");
        Button button = new Button();
        button.getElement().appendChild(name.getElement(), facts.getElement());
        button.addClassName("kiosk-procedure");
        button.getElement().setAttribute("data-procedure", procedure.code());
        button.addClickListener(click -> kiosk.showProcedure(procedure));
        return button;
    }

    private String text(String key, Object... params) {
        return kiosk.getTranslation(key, params);
    }
}
