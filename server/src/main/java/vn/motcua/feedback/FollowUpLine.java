package vn.motcua.feedback;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.RatingReason;

/**
 * One follow-up as its list shows it: the rating behind it (ticket, service, counter, officer, level and reasons,
 * as the citizen gave them), its due time, the contact recorded, the resolution, and whether it went up to the
 * managers. {@code late}: unresolved past its due time.
 */
public record FollowUpLine(long id, String ticketNumber, String serviceName, int counterNumber, String officerName,
        Optional<String> unitName, RatingLevel level, Set<RatingReason> reasons, Instant ratedAt, Instant openedAt,
        Instant dueAt, Optional<Instant> contactedAt, Optional<String> contactNote, Optional<String> resolution,
        Optional<Instant> resolvedAt, Optional<String> resolvedBy, Optional<Instant> escalatedAt, boolean late) {

    public boolean resolved() {
        return resolvedAt.isPresent();
    }

    public boolean escalated() {
        return escalatedAt.isPresent();
    }
}
