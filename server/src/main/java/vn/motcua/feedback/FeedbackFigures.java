package vn.motcua.feedback;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.feedback.internal.FeedbackRepository;

/**
 * The on-time rate of feedback handling (seed 000: 100% answered before the deadline), for boards and reports: feedback
 * and denunciations alike whose deadline falls in the period or that were answered in it.
 */
@Service
public class FeedbackFigures {

    /**
     * Of the feedback counted: how many were due (answered, or past their deadline unanswered), how many of those
     * were answered by the deadline, how many are still open (unanswered, deadline not passed) and how many overdue
     * (unanswered past the deadline).
     */
    public record OnTime(long due, long onTime, long open, long overdue) {

        /** The rounded share answered on time, or null when nothing was due. */
        public Integer percent() {
            return due == 0 ? null : (int) Math.round(100.0 * onTime / due);
        }
    }

    private final FeedbackRepository feedback;
    private final Centers centers;
    private final CenterTime time;

    FeedbackFigures(FeedbackRepository feedback, Centers centers, CenterTime time) {
        this.feedback = feedback;
        this.centers = centers;
        this.time = time;
    }

    /** The figure over [from, to): answered by the deadline is on time, unanswered past it is late. */
    @Transactional(readOnly = true)
    public OnTime onTime(Instant from, Instant to) {
        Instant now = time.now();
        List<Feedback> counted = feedback.dueOrAnsweredBetween(centers.profile().getId(), from, to);
        long answered = counted.stream().filter(each -> each.getAnsweredAt().isPresent()).count();
        long onTime = counted.stream().filter(each -> each.getAnsweredAt().isPresent() && each.onTime(now)).count();
        long overdue = counted.stream().filter(each -> each.getAnsweredAt().isEmpty() && !each.onTime(now)).count();
        long open = counted.size() - answered - overdue;
        return new OnTime(answered + overdue, onTime, open, overdue);
    }
}
