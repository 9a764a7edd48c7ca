package vn.motcua.screens.feedback;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.motcua.center.CenterTime;
import vn.motcua.feedback.Feedback;

/** The words the feedback screens share: times as the center reads them, and where a feedback stands. */
final class FeedbackWords {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(CenterTime.ZONE);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(CenterTime.ZONE);

    /** Where a feedback stands, as its state's key: answered (published), open, or past its deadline unanswered. */
    enum State {
        PUBLISHED, ANSWERED, OVERDUE, OPEN;

        static State of(Feedback feedback, Instant now) {
            if (feedback.getPublishedAt().isPresent()) {
                return PUBLISHED;
            }
            if (feedback.getAnsweredAt().isPresent()) {
                return ANSWERED;
            }
            return feedback.onTime(now) ? OPEN : OVERDUE;
        }

        String key() {
            return "feedback.state." + name();
        }
    }

    private FeedbackWords() {
    }

    static String time(Instant at) {
        return TIME.format(at);
    }

    static String category(Component on, Feedback feedback) {
        return on.getTranslation("feedback.category." + feedback.getCategory().name());
    }

    /** The citizen's page of a feedback: its code is their key to the answer. */
    static String statusPath(String code) {
        return "/phan-anh/" + code;
    }
}
