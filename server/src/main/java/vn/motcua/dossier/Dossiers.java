package vn.motcua.dossier;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.Centers;
import vn.motcua.dossier.internal.DossierEventRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.DossierVisitRepository;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;

/** The center's dossiers as screens, the API and reports read them. */
@Service
@Transactional(readOnly = true)
public class Dossiers {

    private final DossierRepository dossiers;
    private final DossierEventRepository events;
    private final DossierVisitRepository visits;
    private final Centers centers;
    private final Officers officers;

    Dossiers(DossierRepository dossiers, DossierEventRepository events, DossierVisitRepository visits,
            Centers centers, Officers officers) {
        this.dossiers = dossiers;
        this.events = events;
        this.visits = visits;
        this.centers = centers;
        this.officers = officers;
    }

    /**
     * Whose dossiers a member of staff reads: every unit's for those who see every unit (managers, administrators),
     * else the unit of the officer they are (an officer) or of their account (a unit head), the other as a fallback.
     */
    public DossierScope scopeOf(boolean seesEveryUnit, boolean headOfUnit, Long officerId, Long accountUnitId) {
        if (seesEveryUnit) {
            return DossierScope.everyUnit();
        }
        Long officerUnit = officerId == null ? null
                : officers.find(officerId).map(Officer::getUnit).map(unit -> unit.getId()).orElse(null);
        Long first = headOfUnit ? accountUnitId : officerUnit;
        return DossierScope.unit(first != null ? first : headOfUnit ? officerUnit : accountUnitId);
    }

    /** The center's dossier with this code (staff only: the code is sequential and opens nothing for citizens). */
    public Optional<Dossier> find(String code) {
        return code == null ? Optional.empty()
                : dossiers.findByCenterIdAndCode(centers.profile().getId(), code.strip());
    }

    /** The open dossiers the officer holds, longest held first: their desk, as the console lists it. */
    public List<Dossier> heldBy(long officerId) {
        return dossiers.findByCenterIdAndHolderOfficerIdAndStatusInOrderByHeldSinceAsc(centers.profile().getId(),
                officerId, Arrays.stream(DossierStatus.values()).filter(DossierStatus::isOpen).toList());
    }

    /** The dossier behind a citizen's page /hs/{token}. */
    public Optional<Dossier> findByToken(String token) {
        return token == null || token.isBlank() ? Optional.empty() : dossiers.findByTrackingToken(token);
    }

    /** Everything that happened to the dossier, oldest first. */
    public List<DossierEvent> history(Dossier dossier) {
        return events.findByDossierIdOrderByAtAscIdAsc(dossier.getId());
    }

    /** The visits linked to the dossier, oldest first. */
    public List<DossierVisit> visits(Dossier dossier) {
        return visits.findByDossierIdOrderByLinkedAtAsc(dossier.getId());
    }
}
