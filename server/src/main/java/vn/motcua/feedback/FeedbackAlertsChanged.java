package vn.motcua.feedback;

import java.util.Set;

/**
 * Feedback came in, was answered or published, or its deadline drew near (the watch's warning): the managers' screens
 * redraw for each, a head of unit's when their unit is among the units concerned (empty for a denunciation or feedback
 * assigned to no unit). Reaches screens after the commit, through the live updates.
 */
public record FeedbackAlertsChanged(Set<Long> unitIds) {

    static FeedbackAlertsChanged about(Feedback feedback) {
        return new FeedbackAlertsChanged(feedback.getUnitId().map(Set::of).orElse(Set.of()));
    }
}
