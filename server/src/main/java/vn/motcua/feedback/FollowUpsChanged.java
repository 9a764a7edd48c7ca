package vn.motcua.feedback;

import java.util.Set;

/**
 * Follow-ups of dissatisfied ratings were opened, contacted, resolved or sent up to the managers: the follow-up lists
 * of these units, the managers' and the boards redraw.
 */
public record FollowUpsChanged(Set<Long> unitIds) {
}
