package vn.motcua.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit trail: the one way in, so every record gets the server's time. */
@Service
public class AuditTrail {

    /** A page of the trail is what a manager reads at once; older records come with a narrower filter. */
    public static final int PAGE = 500;

    private final AuditRecordRepository records;
    private final Clock clock;

    AuditTrail(AuditRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Joins the caller's transaction, so the act and its record commit or roll back together. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditRecord record(Actor actor, AuditAction action, String subject, String detail) {
        return records.save(new AuditRecord(clock.instant(), actor, action, subject, detail));
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> find(Instant from, Instant to, String actor, AuditAction action) {
        return records.find(from, to, actor == null || actor.isBlank() ? null : actor.strip(), action,
                PageRequest.of(0, PAGE));
    }
}
