package vn.motcua.report;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import vn.motcua.rating.RatingLevel;

/**
 * One group's queue figures for a day (a counter, an officer, the center, or one day of a month): visitors served and
 * absent, the waits of those called and the service times of those served, and the ratings by level.
 * {@code issued} and {@code carriedOver} are the center's alone: a number is taken before any counter has it.
 */
public record DayTally(long issued, long served, long absent, long carriedOver, long called, double waitedSeconds,
        double longestWaitSeconds, double servingSeconds, Map<RatingLevel, Long> ratings, SatisfactionTally satisfaction) {

    /** The average wait of the visitors called; empty when nobody was called. */
    public Optional<Duration> averageWait() {
        return called == 0 ? Optional.empty() : Optional.of(seconds(waitedSeconds / called));
    }

    /** The longest wait of a visitor called; empty when nobody was called. */
    public Optional<Duration> longestWait() {
        return called == 0 ? Optional.empty() : Optional.of(seconds(longestWaitSeconds));
    }

    /** The average time at the counter of the visitors served; empty when nobody was served. */
    public Optional<Duration> averageService() {
        return served == 0 ? Optional.empty() : Optional.of(seconds(servingSeconds / served));
    }

    public long rated(RatingLevel level) {
        return ratings.getOrDefault(level, 0L);
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
