package vn.motcua.screens.catalogue;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ServiceField;
import vn.motcua.center.Centers;
import vn.motcua.kiosk.ServiceSearch;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;

/**
 * The public catalogue of procedures (seed 002: every procedure published), for anyone, signed in or not, on a phone
 * or a desktop: grouped by field, searchable without Vietnamese marks. {@code /thu-tuc/{code}} shows one procedure,
 * for a QR code posted at the counter to point at.
 */
@AnonymousAllowed
@Route("thu-tuc")
@StyleSheet("styles/catalogue.css")
public class CatalogueView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final Catalogue catalogue;
    private final ProcedureCard cards;
    private final Main main = new Main();
    private final TextField search = new TextField();
    private final Div results = new Div();
    private List<Procedure> procedures = List.of();
    private String title;

    public CatalogueView(Catalogue catalogue, Centers centers, Officers officers) {
        this.catalogue = catalogue;
        Map<Long, String> units = officers.units().stream().collect(Collectors.toMap(Unit::getId, Unit::getName));
        this.cards = new ProcedureCard(this, units::get);
        addClassName("catalogue");
        Span center = new Span(centers.profile().getName());
        center.addClassName("catalogue-center");
        Header header = new Header(center, new H1(getTranslation("catalogue.title")));
        header.addClassName("catalogue-header");
        search.setLabel(getTranslation("catalogue.search"));
        search.setPlaceholder(getTranslation("catalogue.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("catalogue-search");
        search.addValueChangeListener(change -> showMatching(Objects.requireNonNullElse(change.getValue(), "")));
        results.addClassName("catalogue-results");
        main.addClassName("catalogue-main");
        add(header, main);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String code) {
        main.removeAll();
        procedures = catalogue.procedures();
        if (procedures.stream().anyMatch(Procedure::isDemoValues)) {
            Paragraph demo = new Paragraph(getTranslation("catalogue.demo.page"));
            demo.addClassName("catalogue-demo-page");
            main.add(demo);
        }
        if (code == null || code.isBlank()) {
            title = getTranslation("catalogue.title");
            main.add(new Paragraph(getTranslation("catalogue.intro")), search, results);
            search.clear();
            showMatching("");
            return;
        }
        main.add(allProcedures());
        catalogue.procedure(code).ifPresentOrElse(procedure -> {
            title = procedure.getName();
            main.add(cards.of(procedure, true));
        }, () -> {
            title = getTranslation("catalogue.title");
            Paragraph unknown = new Paragraph(getTranslation("catalogue.unknown", code));
            unknown.addClassName("catalogue-unknown");
            main.add(unknown);
        });
    }

    /** The procedures matching the search, under their fields in kiosk order; a sentence when none matches. */
    private void showMatching(String query) {
        results.removeAll();
        int shown = 0;
        for (ServiceField field : catalogue.fields()) {
            List<Procedure> matching = procedures.stream()
                    .filter(p -> p.getField().getId().equals(field.getId()))
                    .filter(p -> ServiceSearch.matches(p.getCode() + " " + p.getName() + " " + field.getName(), query))
                    .toList();
            if (matching.isEmpty()) {
                continue;
            }
            Section section = new Section(new H2(field.getName()));
            section.addClassName("catalogue-field");
            section.getElement().setAttribute("data-field", field.getCode());
            matching.forEach(procedure -> section.add(cards.of(procedure, false)));
            results.add(section);
            shown += matching.size();
        }
        if (shown == 0) {
            Paragraph none = new Paragraph(getTranslation("catalogue.none", query.strip()));
            none.addClassName("catalogue-none");
            results.add(none);
        }
    }

    private Anchor allProcedures() {
        Anchor all = new Anchor("thu-tuc", getTranslation("catalogue.all"));
        all.addClassName("catalogue-all");
        return all;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("catalogue.title") : title;
    }
}
