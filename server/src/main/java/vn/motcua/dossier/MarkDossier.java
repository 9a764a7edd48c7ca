package vn.motcua.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.i18n.Refusal;

/**
 * A member of staff marks what the 766 index reads on a dossier of their scope: documents and result digitised, the
 * fee paid online (or not, or not known) and whether it reached the national portal. Every change is audited with the
 * old and new values, since these marks move the center's score.
 */
@Service
public class MarkDossier {

    /** The marks asked for; {@code paidOnline} empty: not known (no fee, or not recorded). */
    public record Marks(boolean documentsDigitised, boolean resultDigitised, Optional<Boolean> paidOnline,
            boolean synced) {
    }

    private final DossierRepository dossiers;
    private final Centers centers;
    private final CenterTime time;
    private final AuditTrail audit;

    MarkDossier(DossierRepository dossiers, Centers centers, CenterTime time, AuditTrail audit) {
        this.dossiers = dossiers;
        this.centers = centers;
        this.time = time;
        this.audit = audit;
    }

    /** Marks the dossier with this code; the same marks again change nothing and leave no audit record. */
    @Transactional
    public Dossier mark(Actor by, DossierScope scope, String code, Marks marks) {
        Dossier dossier = (code == null ? Optional.<Dossier>empty()
                : dossiers.lockByCenterIdAndCode(centers.profile().getId(), code.strip()))
                .orElseThrow(() -> new Refusal("problem.dossier.unknown", "Unknown dossier " + code));
        if (!scope.covers(dossier)) {
            throw new Refusal("problem.dossier.other-unit", "Dossier " + code + " belongs to another unit");
        }
        DossierMarks old = dossier.getMarks();
        // Synced keeps its first moment: marking again does not move when the dossier reached the portal.
        Optional<Instant> syncedAt = marks.synced() ? Optional.of(old.getSyncedAt().orElse(time.now()))
                : Optional.empty();
        DossierMarks now = new DossierMarks(marks.documentsDigitised(), marks.resultDigitised(), marks.paidOnline(),
                syncedAt);
        List<String> changes = new ArrayList<>();
        change(changes, "documentsDigitised", old.isDocumentsDigitised(), now.isDocumentsDigitised());
        change(changes, "resultDigitised", old.isResultDigitised(), now.isResultDigitised());
        change(changes, "paidOnline", words(old.getPaidOnline()), words(now.getPaidOnline()));
        change(changes, "synced", old.getSyncedAt().isPresent(), now.getSyncedAt().isPresent());
        if (changes.isEmpty()) {
            return dossier;
        }
        dossier.mark(now);
        dossiers.save(dossier);
        audit.record(by, AuditAction.DOSSIER_MARKED, dossier.getCode(), String.join("; ", changes));
        return dossier;
    }

    private static String words(Optional<Boolean> paid) {
        return paid.map(String::valueOf).orElse("unknown");
    }

    private static void change(List<String> changes, String what, Object old, Object now) {
        if (!old.equals(now)) {
            changes.add(what + " " + old + " → " + now);
        }
    }
}
