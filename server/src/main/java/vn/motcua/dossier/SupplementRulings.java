package vn.motcua.dossier;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.Centers;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.SupplementRulingRepository;
import vn.motcua.officer.Officers;

/**
 * The head of unit's desk of later supplement requests: those waiting for a ruling and those ruled, the record of
 * justified requests and of violations, each with its dossier. A head sees the requests their unit's officers asked; a
 * manager every unit's.
 */
@Service
@Transactional(readOnly = true)
public class SupplementRulings {

    private final Supplements supplements;
    private final SupplementRulingRepository rulings;
    private final DossierRepository dossiers;
    private final Officers officers;
    private final Centers centers;

    SupplementRulings(Supplements supplements, SupplementRulingRepository rulings, DossierRepository dossiers,
            Officers officers, Centers centers) {
        this.supplements = supplements;
        this.rulings = rulings;
        this.dossiers = dossiers;
        this.officers = officers;
        this.centers = centers;
    }

    /** A later request with the code of its dossier. */
    public record LaterRequest(String dossierCode, String procedureCode, SupplementRequest request) {
    }

    /** Waiting for the head's ruling, oldest first. */
    public List<LaterRequest> awaiting(Handler head) {
        return supplements.awaitingRuling(head).stream().map(this::withDossier).toList();
    }

    /** Ruled, newest first (the latest 200 of the center, those of the head's unit). */
    public List<LaterRequest> ruled(Handler head) {
        return rulings.findTop200ByCenterIdAndRulingIsNotNullOrderByRuledAtDesc(centers.profile().getId()).stream()
                .filter(request -> head.manager() || head.headOfUnit() && officers.find(request.getAskedBy())
                        .map(officer -> head.unitId().filter(officer.getUnit().getId()::equals).isPresent())
                        .orElse(false))
                .map(this::withDossier).toList();
    }

    private LaterRequest withDossier(SupplementRequest request) {
        Dossier dossier = dossiers.findById(request.getDossierId()).orElseThrow();
        return new LaterRequest(dossier.getCode(), dossier.getProcedureCode(), request);
    }
}
