package vn.motcua.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.Centers;
import vn.motcua.feedback.internal.FeedbackRepository;

/** What citizens read: their own feedback by its code, and the published questions and answers. */
@Service
@Transactional(readOnly = true)
public class PublicFeedback {

    /** The outbox's subject kind for messages about feedback. */
    public static final String SUBJECT = "FEEDBACK";
    /** The citizen's page of one feedback, /pa/{code}: the address the answered-SMS gives. */
    public static final String PAGE = "pa";

    private final FeedbackRepository feedback;
    private final Centers centers;

    PublicFeedback(FeedbackRepository feedback, Centers centers) {
        this.feedback = feedback;
        this.centers = centers;
    }

    /** The path of the citizen's page of a feedback. */
    public static String page(String code) {
        return "/" + PAGE + "/" + code;
    }

    /** The feedback (or denunciation) the code names: the citizen holds the code, which is their key to the answer. */
    public Optional<Feedback> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return feedback.findByCode(code.strip().toUpperCase(Locale.ROOT))
                .filter(found -> found.getCenterId().equals(centers.profile().getId()));
    }

    /** The published questions and answers, newest first. */
    public List<Feedback> published() {
        return feedback.findByCenterIdAndPublishedAtNotNullOrderByPublishedAtDescIdDesc(centers.profile().getId());
    }
}
