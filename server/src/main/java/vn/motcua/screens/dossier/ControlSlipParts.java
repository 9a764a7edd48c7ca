package vn.motcua.screens.dossier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierOutcome;
import vn.motcua.dossier.SupplementRequest;
import vn.motcua.dossier.SupplementRuling;

/**
 * The parts of the control slip below its holders: the facts of the header, the supplements asked (with how long the
 * clock stood and the head of unit's ruling) and how handling ended.
 */
final class ControlSlipParts {

    private final DossierWords words;
    private final OfficerNames names;
    private final DossierWords.Texts texts;
    private final Instant now;

    ControlSlipParts(DossierWords words, OfficerNames names, DossierWords.Texts texts, Instant now) {
        this.words = words;
        this.names = names;
        this.texts = texts;
        this.now = now;
    }

    /** A label and its value, side by side. */
    Div fact(String className, String labelKey, String value) {
        Span label = new Span(texts.get(labelKey));
        label.addClassName("slip-fact-label");
        Span text = new Span(value);
        text.addClassName("slip-fact-value");
        Div fact = new Div(label, text);
        fact.addClassNames("slip-fact", className);
        return fact;
    }

    Component supplements(List<SupplementRequest> requests) {
        if (requests.isEmpty()) {
            Span none = new Span(texts.get("slip.no-supplements"));
            none.setId("slip-no-supplements");
            return none;
        }
        NativeTable table = new NativeTable();
        table.setId("slip-supplements");
        table.addClassName("slip-table");
        NativeTableRow head = table.getHead().addRow();
        for (String column : List.of("request-no", "asked-at", "asked-by", "items", "supplied-at", "stopped-for",
                "ruling")) {
            head.addHeaderCell().setText(texts.get("slip.column." + column));
        }
        for (SupplementRequest request : requests) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("slip-supplement");
            cell(row, "slip-request-no", String.valueOf(request.getRequestNo()));
            cell(row, "slip-asked-at", DossierWords.when(request.getAskedAt()));
            cell(row, "slip-asked-by", names.name(request.getAskedBy()));
            row.addDataCell().add(items(request));
            cell(row, "slip-supplied-at", request.getSuppliedAt().map(DossierWords::when)
                    .orElse(texts.get("slip.not-supplied")));
            Duration stopped = Duration.between(request.getAskedAt(), request.getSuppliedAt().orElse(now));
            cell(row, "slip-stopped-for", request.getSuppliedAt().isPresent() ? words.duration(stopped)
                    : texts.get("slip.still-stopped", words.duration(stopped)));
            cell(row, "slip-ruling", ruling(request));
        }
        return table;
    }

    /** Each missing thing with why it is needed, as the citizen was told. */
    static UnorderedList items(SupplementRequest request) {
        UnorderedList items = new UnorderedList();
        items.addClassName("slip-items");
        request.getItems().forEach(item -> items.add(new ListItem(item.why().isBlank() ? item.what()
                : item.what() + " — " + item.why())));
        return items;
    }

    /** The first request needs no ruling; a later one waits for it, or is justified, or a violation named. */
    String ruling(SupplementRequest request) {
        String reason = request.getReasonForAnother().map(why -> texts.get("slip.ruling.reason", why)).orElse("");
        if (request.getRequestNo() == 1) {
            return texts.get("slip.ruling.first");
        }
        if (request.getRuling().isEmpty()) {
            return texts.get("slip.ruling.awaiting") + reason;
        }
        String ruler = request.getRuledBy().map(names::name).orElse("");
        String comment = request.getRulingComment().map(why -> " — " + why).orElse("");
        return (request.getRuling().get() == SupplementRuling.JUSTIFIED
                ? texts.get("slip.ruling.justified", ruler)
                : texts.get("slip.ruling.unjustified", names.name(request.getAskedBy()), ruler)) + comment + reason;
    }

    Component result(Dossier dossier) {
        DossierOutcome outcome = dossier.getOutcome();
        Div result = new Div();
        result.setId("slip-outcome");
        result.addClassName("slip-header");
        if (outcome.getResult().isEmpty()) {
            result.add(new Span(texts.get("slip.no-result")));
            return result;
        }
        result.add(fact("slip-result", "slip.result.outcome",
                texts.get("slip.result." + outcome.getResult().get().name())));
        outcome.getReason().ifPresent(why -> result.add(fact("slip-result-reason", "slip.result.reason", why)));
        dossier.getProcessedAt().ifPresent(at -> result.add(fact("slip-processed-at", "slip.result.at",
                DossierWords.when(at))));
        outcome.getSignedBy().ifPresent(leader -> result.add(fact("slip-signed-by", "slip.result.signed-by", leader)));
        outcome.getReturningOfficerId().ifPresent(officer -> result.add(fact("slip-returned-by",
                "slip.result.returned-by", names.name(officer) + dossier.getReturnedAt()
                        .map(at -> " · " + DossierWords.when(at)).orElse(""))));
        return result;
    }

    static NativeTableCell cell(NativeTableRow row, String className, String text) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text);
        cell.addClassName(className);
        return cell;
    }

    static Span badge(String className, String text) {
        Span badge = new Span(text);
        badge.addClassNames("dossier-flag", className);
        return badge;
    }
}
