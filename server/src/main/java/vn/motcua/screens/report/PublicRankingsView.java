package vn.motcua.screens.report;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.center.Centers;
import vn.motcua.report.PublicRankings;
import vn.motcua.report.PublishedRankings;
import vn.motcua.report.PublishedRankings.ConfirmedViolations;
import vn.motcua.report.RankingCriterion;
import vn.motcua.report.Ranked;
import vn.motcua.report.Rankings;
import vn.motcua.report.SatisfactionTally;

/**
 * The month's results made public (seed 000, 003), for anyone without signing in, on a phone or a big screen: the
 * last finished month's rankings of units and officers, who did well, and the violations confirmed in the register.
 * Officers by name and unit only; nothing about any citizen; automatic flags never appear.
 */
@AnonymousAllowed
@Route("cong-khai")
@StyleSheet("styles/rankings.css")
public class PublicRankingsView extends Div implements HasDynamicTitle {

    public PublicRankingsView(PublicRankings rankings, Centers centers) {
        addClassName("public-rankings");
        PublishedRankings published = rankings.month(rankings.lastFinished());
        Span center = new Span(centers.profile().getName());
        center.addClassName("public-center");
        H1 heading = new H1(getTranslation("public.heading", published.month().getMonthValue(),
                String.valueOf(published.month().getYear())));
        heading.setId("public-heading");
        add(center, heading, new Paragraph(getTranslation("public.intro")));
        add(new H2(getTranslation("public.did-well")), didWell(published.didWell()));
        add(new H2(getTranslation("rankings.units")));
        Div units = new Div();
        units.addClassName("public-columns");
        for (RankingCriterion criterion : List.of(RankingCriterion.SATISFACTION, RankingCriterion.ON_TIME)) {
            units.add(new Div(new H3(getTranslation("rankings.criterion." + criterion.name())), new RankingTable(this,
                    "public-units-" + criterion.name(), criterion, published.board().units().get(criterion), false,
                    false)));
        }
        add(units);
        add(new H2(getTranslation("rankings.officers")));
        Div officers = new Div();
        officers.addClassName("public-columns");
        for (RankingCriterion criterion : List.of(RankingCriterion.SATISFACTION, RankingCriterion.ON_TIME)) {
            officers.add(new Div(new H3(getTranslation("rankings.criterion." + criterion.name())), new RankingTable(
                    this, "public-officers-" + criterion.name(), criterion,
                    published.board().officers().get(criterion), true, false)));
        }
        add(officers, note(getTranslation("public.minimum", Rankings.MINIMUM)));
        add(new H2(getTranslation("public.violations")), note(getTranslation("public.violations.note")));
        if (published.officers().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("public.violations.none"));
            none.setId("public-violations-none");
            add(none);
        } else {
            add(new Div(new H3(getTranslation("public.violations.units")),
                    violations("public-violations-units", published.units(), false)),
                    new Div(new H3(getTranslation("public.violations.officers")),
                            violations("public-violations-officers", published.officers(), true)));
        }
        add(new Anchor("/phan-anh/cong-khai", getTranslation("feedback.published.title")));
    }

    private Div didWell(List<Ranked> stars) {
        Div cards = new Div();
        cards.setId("public-did-well");
        cards.addClassName("public-did-well");
        if (stars.isEmpty()) {
            cards.add(new Paragraph(getTranslation("public.did-well.none", Rankings.MINIMUM,
                    SatisfactionTally.MINIMUM_TARGET)));
        }
        for (Ranked star : stars) {
            Span name = new Span(star.name());
            name.addClassName("public-star-name");
            Span value = new Span(RankingTable.value(RankingCriterion.SATISFACTION, star.value().orElseThrow()) + " "
                    + getTranslation("public.satisfied"));
            value.addClassName("public-star-value");
            Div card = new Div(name, new Span(star.unitName()), value,
                    new Div(new Span(getTranslation("public.ratings", star.counted()))));
            card.addClassName("public-star");
            cards.add(card);
        }
        return cards;
    }

    private NativeTable violations(String id, List<ConfirmedViolations> lines, boolean officers) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("ranking-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation(officers ? "rankings.officer" : "rankings.unit"));
        if (officers) {
            var unit = head.addHeaderCell();
            unit.setText(getTranslation("rankings.unit"));
            unit.addClassName("unit");
        }
        head.addHeaderCell().setText(getTranslation("public.violations.kinds"));
        head.addHeaderCell().setText(getTranslation("public.violations.total"));
        for (ConfirmedViolations line : lines) {
            NativeTableRow row = table.getBody().addRow();
            row.getElement().setAttribute("data-name", line.name());
            row.addDataCell().setText(line.name());
            if (officers) {
                var unit = row.addDataCell();
                unit.setText(line.unitName());
                unit.addClassName("unit");
            }
            row.addDataCell().setText(line.byKind().entrySet().stream()
                    .map(kind -> getTranslation("violations.kind." + kind.getKey()) + ": " + kind.getValue())
                    .collect(Collectors.joining("; ")));
            row.addDataCell().setText(String.valueOf(line.total()));
        }
        return table;
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("public-note");
        return note;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.title");
    }
}
