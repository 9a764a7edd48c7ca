package vn.motcua.dossier;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.internal.DossierEventRepository;
import vn.motcua.dossier.internal.ViolationRepository;
import vn.motcua.officer.Officers;
import vn.motcua.security.Accounts;

/**
 * The register of violations: each entry on the officer's name and on the name of the head of their unit at the time
 * (joint liability), with the dossier's record of it.
 */
@Service
public class Violations {

    private final ViolationRepository violations;
    private final DossierEventRepository events;
    private final Officers officers;
    private final Accounts accounts;
    private final CenterTime time;

    Violations(ViolationRepository violations, DossierEventRepository events, Officers officers, Accounts accounts,
            CenterTime time) {
        this.violations = violations;
        this.events = events;
        this.officers = officers;
        this.accounts = accounts;
        this.time = time;
    }

    /** What to register and the record that proves it (the ids that do not apply are null). */
    public record Entry(ViolationKind kind, Long dossierId, long officerId, Actor recordedBy, String evidence,
            Long latenessId, Long explanationId, Long supplementRequestId, Long apologyId) {
    }

    /** Registers a violation in the caller's transaction, with an event on the dossier. */
    @Transactional
    Violation record(Dossier dossier, Entry entry) {
        Long unitId = officers.find(entry.officerId()).map(officer -> officer.getUnit().getId()).orElse(null);
        Long head = unitId == null ? null : accounts.headOf(unitId).orElse(null);
        Violation violation = violations.save(new Violation(entry, dossier.getCenterId(), unitId, head, time.now()));
        events.save(new DossierEvent(dossier, violation.getOccurredAt(), DossierEventKind.VIOLATION_RECORDED,
                entry.officerId(), entry.recordedBy().name(), entry.kind() + ": " + entry.evidence()));
        return violation;
    }

    /** A dossier's violations, oldest first. */
    @Transactional(readOnly = true)
    public List<Violation> of(Dossier dossier) {
        return violations.findByDossierIdOrderByOccurredAt(dossier.getId());
    }
}
