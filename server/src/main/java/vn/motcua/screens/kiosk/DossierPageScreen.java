package vn.motcua.screens.kiosk;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLookup;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.SupplementRequest;
import vn.motcua.dossier.Supplements;
import vn.motcua.kiosk.CenterInfo;
import vn.motcua.kiosk.DossierPagePort;
import vn.motcua.kiosk.DossierPagePort.MissingPaper;

/** The citizen's dossier page's view of the application: a dossier by its token, nothing personal, and the look-up. */
@Component
class DossierPageScreen implements DossierPagePort {

    private final Centers centers;
    private final Dossiers dossiers;
    private final DossierLookup lookup;
    private final Catalogue catalogue;
    private final CenterTime time;
    private final Supplements supplements;

    DossierPageScreen(Centers centers, Dossiers dossiers, DossierLookup lookup, Catalogue catalogue, CenterTime time,
            Supplements supplements) {
        this.centers = centers;
        this.dossiers = dossiers;
        this.lookup = lookup;
        this.catalogue = catalogue;
        this.time = time;
        this.supplements = supplements;
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
        // While the citizen supplements the clock stands: the dossier is paused, not late.
        boolean paused = dossier.getStatus() == DossierStatus.AWAITING_SUPPLEMENT;
        boolean overdue = dossier.isOverdue(time.now()) && !paused;
        List<SupplementRequest> requests = supplements.of(dossier);
        List<MissingPaper> missing = !paused || requests.isEmpty() || requests.getLast().getSuppliedAt().isPresent()
                ? List.of() : requests.getLast().getItems().stream()
                        .map(item -> new MissingPaper(item.what(), item.why())).toList();
        boolean dueMoved = requests.stream().anyMatch(request -> request.getSuppliedAt().isPresent());
        return new DossierPage(dossier.getCode(), procedure, DossierState.valueOf(dossier.getStatus().name()),
                LocalDateTime.ofInstant(dossier.getReceivedAt(), CenterTime.ZONE),
                LocalDateTime.ofInstant(dossier.getDueAt(), CenterTime.ZONE), dossier.getUnitName().orElse(null),
                overdue, dossier.getClockStoppedAt().map(at -> LocalDateTime.ofInstant(at, CenterTime.ZONE))
                        .orElse(null), missing, dueMoved, dossier.getNewAppointmentAt()
                        .map(at -> LocalDateTime.ofInstant(at, CenterTime.ZONE)).orElse(null));
    }

    @Override
    public LookupAnswer lookUp(String code, String phoneEnd, String clientAddress) {
        DossierLookup.Answer answer = lookup.lookUp(code, phoneEnd, clientAddress);
        return new LookupAnswer(LookupOutcome.valueOf(answer.outcome().name()), answer.token());
    }
}
