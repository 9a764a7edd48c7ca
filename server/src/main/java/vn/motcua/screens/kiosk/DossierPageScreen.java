package vn.motcua.screens.kiosk;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLookup;
import vn.motcua.dossier.Dossiers;
import vn.motcua.kiosk.CenterInfo;
import vn.motcua.kiosk.DossierPagePort;

/** The citizen's dossier page's view of the application: a dossier by its token, nothing personal, and the look-up. */
@Component
class DossierPageScreen implements DossierPagePort {

    private final Centers centers;
    private final Dossiers dossiers;
    private final DossierLookup lookup;
    private final Catalogue catalogue;
    private final CenterTime time;

    DossierPageScreen(Centers centers, Dossiers dossiers, DossierLookup lookup, Catalogue catalogue, CenterTime time) {
        this.centers = centers;
        this.dossiers = dossiers;
        this.lookup = lookup;
        this.catalogue = catalogue;
        this.time = time;
    }

    @Override
    public CenterInfo center() {
        return CenterInfos.of(centers);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierPage> dossier(String token) {
        // A page of another center's dossier is not this center's to show.
        return dossiers.findByToken(token).filter(dossier -> dossier.getCenterId().equals(centers.profile().getId()))
                .map(this::page);
    }

    private DossierPage page(Dossier dossier) {
        String procedure = catalogue.procedure(dossier.getProcedureCode()).map(Procedure::getName)
                .orElse(dossier.getProcedureCode());
        boolean overdue = dossier.isOverdue(time.now());
        return new DossierPage(dossier.getCode(), procedure, DossierState.valueOf(dossier.getStatus().name()),
                LocalDateTime.ofInstant(dossier.getReceivedAt(), CenterTime.ZONE),
                LocalDateTime.ofInstant(dossier.getDueAt(), CenterTime.ZONE), dossier.getUnitName().orElse(null),
                overdue);
    }

    @Override
    public LookupAnswer lookUp(String code, String phoneEnd, String clientAddress) {
        DossierLookup.Answer answer = lookup.lookUp(code, phoneEnd, clientAddress);
        return new LookupAnswer(LookupOutcome.valueOf(answer.outcome().name()), answer.token());
    }
}
