package vn.motcua.feedback;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Feedback came in, was answered, published or assigned, or its deadline drew near (the watch's warning): the managers'
 * screens redraw for each, a head of unit's when their unit is among the units concerned (empty for a denunciation or
 * feedback assigned to no unit; both units when it moves). Reaches screens after the commit, through the live updates.
 */
public record FeedbackAlertsChanged(Set<Long> unitIds) {

    static FeedbackAlertsChanged about(Feedback feedback) {
        return new FeedbackAlertsChanged(feedback.getUnitId().map(Set::of).orElse(Set.of()));
    }

    /** Feedback moved between units: the head who lost it and the head who gained it both redraw. */
    static FeedbackAlertsChanged moved(Long from, Long to) {
        return new FeedbackAlertsChanged(Stream.of(from, to).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet()));
    }
}
