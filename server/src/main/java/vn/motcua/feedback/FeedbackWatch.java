package vn.motcua.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.feedback.internal.FeedbackRepository;

/**
 * Warnings before the answer deadline, as for dossiers: every minute, unanswered feedback (denunciations too) whose
 * deadline is within the center's warning hours is marked warned, once, and the screens that list it redraw.
 * Feedback already past its deadline is not warned of: it counts overdue.
 */
@Service
public class FeedbackWatch {

    private static final Logger log = LoggerFactory.getLogger(FeedbackWatch.class);

    private final FeedbackRepository feedback;
    private final CenterSettings settings;
    private final Centers centers;
    private final ApplicationEventPublisher events;

    FeedbackWatch(FeedbackRepository feedback, CenterSettings settings, Centers centers,
            ApplicationEventPublisher events) {
        this.feedback = feedback;
        this.settings = settings;
        this.centers = centers;
        this.events = events;
    }

    /** Warns of what is due within the warning hours of this moment; answers how many it warned of. */
    @Transactional
    public int run(Instant now) {
        // The setting's own range starts at 24; never less, whatever the row says.
        Duration warning = Duration.ofHours(Math.max(CenterSettings.Setting.WARNING_HOURS.min(),
                settings.current().get(CenterSettings.Setting.WARNING_HOURS)));
        Set<Long> units = new HashSet<>();
        int warned = 0;
        for (Feedback due : feedback.toWarn(centers.profile().getId(), now, now.plus(warning))) {
            if (feedback.warn(due.getId(), now) == 1) {
                warned++;
                due.getUnitId().ifPresent(units::add);
            }
        }
        if (warned > 0) {
            log.info("Feedback watch at {}: {} warned of", now, warned);
            events.publishEvent(new FeedbackAlertsChanged(Set.copyOf(units)));
        }
        return warned;
    }

    /** Every minute, so feedback is warned of within a minute of the moment. */
    @Component
    @ConditionalOnProperty(name = "motcua.feedback-watch.scheduled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private final FeedbackWatch watch;
        private final CenterTime time;

        Schedule(FeedbackWatch watch, CenterTime time) {
            this.watch = watch;
            this.time = time;
        }

        @Scheduled(initialDelay = 10_000, fixedDelay = 60_000)
        void everyMinute() {
            watch.run(time.now());
        }
    }
}
