package vn.motcua.screens.feedback;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackDesk;
import vn.motcua.feedback.FeedbackReader;
import vn.motcua.feedback.FeedbackRequest;
import vn.motcua.feedback.PublicFeedback;
import vn.motcua.feedback.SendFeedback;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.outbox.Outbox;
import vn.motcua.outbox.OutboxMessage;
import vn.motcua.security.SignedInUser;

/**
 * What the staff's feedback screens do with one case: assign it to a unit, answer, publish, read its contact and
 * messages, record a call.
 */
@Component
class FeedbackCases {

    private final FeedbackDesk desk;
    private final SendFeedback sendFeedback;
    private final Outbox outbox;
    private final Officers officers;

    FeedbackCases(FeedbackDesk desk, SendFeedback sendFeedback, Outbox outbox, Officers officers) {
        this.desk = desk;
        this.sendFeedback = sendFeedback;
        this.outbox = outbox;
        this.officers = officers;
    }

    Feedback assign(FeedbackReader reader, String code, Unit unit, String note) {
        if (unit == null) {
            throw new Refusal("problem.feedback.unit-missing", "Choose a unit");
        }
        return desk.assign(reader, code, unit.getId(), note);
    }

    /** The units feedback may go to, by name. */
    List<Unit> units() {
        return officers.units();
    }

    Feedback answer(FeedbackReader reader, String code, String text) {
        return desk.answer(reader, code, text);
    }

    Feedback publish(FeedbackReader reader, String code, String question, String answer) {
        return desk.publish(reader, code, question, answer);
    }

    boolean mayReadContact(FeedbackReader reader, Feedback feedback) {
        return desk.mayReadContact(reader, feedback);
    }

    /** The messages to the citizen about this feedback (the answered-SMS), oldest first. */
    List<OutboxMessage> messages(Feedback feedback) {
        return outbox.about(PublicFeedback.SUBJECT, feedback.getCode());
    }

    Feedback recordCall(FeedbackRequest call, SignedInUser officer) {
        return sendFeedback.recordCall(call, officer);
    }
}
