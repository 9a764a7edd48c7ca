package vn.motcua.screens.dossier;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.ControlSlip;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierVisits;
import vn.motcua.rating.Rating;

/**
 * The citizens' ratings of a dossier's visits, each linked as the directive asks: the dossier, the ticket, the officer
 * of that visit (the returning officer at a return) and the officers who handled the dossier, from its control slip.
 */
@Component
class DossierRatingsPart {

    private final DossierVisits visits;
    private final ControlSlip slip;

    DossierRatingsPart(DossierVisits visits, ControlSlip slip) {
        this.visits = visits;
        this.slip = slip;
    }

    Div of(Dossier dossier, Dialog dialog, OfficerNames names) {
        Div ratings = new Div();
        ratings.setId("dossier-ratings");
        List<Rating> given = visits.ratings(dossier);
        if (given.isEmpty()) {
            ratings.add(DossierDetail.line(dialog.getTranslation("dossiers.detail.no-ratings")));
            return ratings;
        }
        String handlers = String.join(", ", slip.of(dossier).stream().map(line -> line.handOff().getToOfficerId())
                .filter(Objects::nonNull).distinct().map(names::name).toList());
        UnorderedList list = new UnorderedList();
        for (Rating rating : given) {
            list.add(new ListItem(DossierWords.when(rating.getRatedAt()) + " · " + dialog.getTranslation(
                    "dossiers.detail.rating", dialog.getTranslation("rating.level."
                            + rating.getLevel().name().toLowerCase(Locale.ROOT)), rating.getTicket().getNumber(),
                    rating.getOfficer().getFullName(), handlers.isEmpty() ? "—" : handlers)));
        }
        ratings.add(list);
        return ratings;
    }
}
