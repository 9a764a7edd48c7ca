package vn.motcua.dossier;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.LegalTimeUnit;
import vn.motcua.catalogue.Procedure;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.center.DutyRoster;
import vn.motcua.dossier.internal.DossierEventRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.i18n.Refusal;

/**
 * The result of handling (approved, refused with Mẫu 03, withdrawn), on the name of whoever records it. A same-day
 * ("4 tại chỗ") procedure is signed at once by the leader on duty that day, whose name the record keeps.
 */
@Service
public class RecordResult {

    private final DossierRepository dossiers;
    private final DossierEventRepository events;
    private final Catalogue catalogue;
    private final DutyRoster roster;
    private final DossierMessages messages;
    private final Centers centers;
    private final CenterTime time;

    RecordResult(DossierRepository dossiers, DossierEventRepository events, Catalogue catalogue, DutyRoster roster,
            DossierMessages messages, Centers centers, CenterTime time) {
        this.dossiers = dossiers;
        this.events = events;
        this.catalogue = catalogue;
        this.roster = roster;
        this.messages = messages;
        this.centers = centers;
        this.time = time;
    }

    @Transactional
    public Dossier record(Handler by, String code, DossierResult result, String reason) {
        Dossier dossier = dossiers.lockByCenterIdAndCode(centers.profile().getId(), code == null ? "" : code.strip())
                .orElseThrow(() -> new Refusal("problem.dossier.unknown", "Unknown dossier " + code));
        if (result == null) {
            throw new Refusal("problem.dossier.result-missing", "Name the result: APPROVED, REFUSED or WITHDRAWN");
        }
        if (!dossier.getStatus().isOpen()) {
            throw new Refusal("problem.dossier.closed", "Dossier " + code + " is " + dossier.getStatus());
        }
        if (result == DossierResult.APPROVED && dossier.getStatus() == DossierStatus.AWAITING_SUPPLEMENT) {
            throw new Refusal("problem.dossier.awaiting-supplement",
                    "Dossier " + code + " waits for the citizen's supplement");
        }
        long officer = by.officer();
        if (!by.mayActFor(dossier)) {
            throw new Refusal("problem.dossier.not-holder", "Only the holder or their head of unit records the result");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (result.needsReason() && why == null || why != null && why.length() > 1000) {
            throw new Refusal("problem.dossier.reason-missing", result + " needs its reason (1000 characters at most)");
        }
        Instant now = time.now();
        String signedBy = null;
        if (result != DossierResult.WITHDRAWN && sameDay(catalogue.procedure(dossier.getProcedureCode()))) {
            signedBy = roster.on(time.dayOf(now)).map(DutyRoster.LeaderOnDuty::signature).orElseThrow(() ->
                    new Refusal("problem.dossier.no-leader-on-duty", "No leader is on duty today to sign " + code));
        }
        dossier.record(new DossierOutcome(result, why, signedBy), now);
        dossiers.saveAndFlush(dossier);
        events.save(new DossierEvent(dossier, now, DossierEventKind.RESULT_RECORDED, officer, by.actor().name(),
                result + (signedBy == null ? "" : ", ký: " + signedBy) + (why == null ? "" : ", " + why)));
        messages.resultRecorded(dossier, result);
        return dossier;
    }

    /** Same-day and "4 tại chỗ" procedures are signed on the spot by the leader on duty. */
    private static boolean sameDay(Optional<Procedure> procedure) {
        return procedure.map(p -> p.isOnTheSpot() || p.getLegalTime().unit() == LegalTimeUnit.SAME_DAY)
                .orElse(false);
    }
}
