package vn.motcua.feedback;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.center.PublicAddress;
import vn.motcua.feedback.internal.FeedbackRepository;
import vn.motcua.i18n.Refusal;
import vn.motcua.i18n.Translations;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.outbox.MessageChannel;
import vn.motcua.outbox.Outbox;

/**
 * Where staff read, assign and answer feedback. Feedback is the business of the head of the unit it is assigned to (by
 * its intake, or by a manager) and of the managers (administrators read it too), and the officer who recorded a call
 * reads that call. A denunciation is read and answered by the center's named receiver only, or, when none is named, by
 * every manager: never by administrators, the unit, or the officer it names. Feedback alone is published, after its
 * answer, as texts cleared of personal data.
 */
@Service
public class FeedbackDesk {

    static final int ANSWER_MIN = 5;
    static final int ANSWER_MAX = 4000;
    static final int NOTE_MAX = 500;
    /** Something like a phone number (nine digits or more, spaces and dots between them ignored) or an ID number. */
    private static final Pattern PERSONAL_NUMBER = Pattern.compile("\\d(?:[ .]*\\d){8,}");
    /** A Vietnamese mobile number: 0 or +84, then 3, 5, 7, 8 or 9, then eight digits. */
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?84|0)([35789]\\d{8})");

    private final FeedbackRepository feedback;
    private final CenterSettings settings;
    private final Centers centers;
    private final CenterTime time;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Translations translations;
    private final PublicAddress address;
    private final ApplicationEventPublisher events;
    private final Officers officers;

    FeedbackDesk(FeedbackRepository feedback, CenterSettings settings, Centers centers, CenterTime time,
            AuditTrail audit, Outbox outbox, Translations translations, PublicAddress address,
            ApplicationEventPublisher events, Officers officers) {
        this.feedback = feedback;
        this.settings = settings;
        this.centers = centers;
        this.time = time;
        this.audit = audit;
        this.outbox = outbox;
        this.translations = translations;
        this.address = address;
        this.events = events;
        this.officers = officers;
    }

    /** What the reader may see: still unanswered ones by deadline, soonest first; or all, newest first. */
    @Transactional(readOnly = true)
    public List<Feedback> list(FeedbackReader who, boolean openOnly) {
        Receiver receiver = receiver();
        List<Feedback> seen = feedback.findByCenterIdOrderByReceivedAtDescIdDesc(centers.profile().getId()).stream()
                .filter(each -> receiver.sees(who, each)).filter(each -> !openOnly || each.getAnsweredAt().isEmpty())
                .toList();
        return openOnly ? seen.stream().sorted(Comparator.comparing(Feedback::getAnswerDueAt)).toList() : seen;
    }

    /** The written answer, once; a citizen who left a mobile number is told by SMS that it is there. */
    @Transactional
    public Feedback answer(FeedbackReader who, String code, String text) {
        Receiver receiver = receiver();
        Feedback found = locked(who, code, receiver);
        if (!receiver.answers(who, found)) {
            throw new Refusal("problem.feedback.not-yours", "Feedback " + code + " is answered by the head of its"
                    + " unit or a manager; a denunciation by its receiver");
        }
        String written = text == null ? "" : text.strip();
        if (written.length() < ANSWER_MIN || written.length() > ANSWER_MAX) {
            throw new Refusal("problem.feedback.answer-text", "An answer has " + ANSWER_MIN + " to " + ANSWER_MAX
                    + " characters", ANSWER_MIN, ANSWER_MAX);
        }
        if (found.getAnsweredAt().isPresent()) {
            throw new Refusal("problem.feedback.answered", "Feedback " + code + " is answered already");
        }
        found.answer(written, who.username(), time.now());
        feedback.saveAndFlush(found);
        audit.record(Actor.user(who.username()), AuditAction.FEEDBACK_ANSWERED, found.getCode(),
                found.getKind() + (found.onTime(time.now()) ? " on time" : " late"));
        mobile(found.getContact().orElse(null)).ifPresent(phone -> outbox.post(MessageChannel.SMS, phone,
                translations.getTranslation("feedback.answered-sms", Translations.VIETNAMESE,
                        centers.profile().getName(), found.getCode(), address.of(PublicFeedback.page(found.getCode()))),
                PublicFeedback.SUBJECT, found.getCode()));
        events.publishEvent(FeedbackAlertsChanged.about(found));
        return found;
    }

    /**
     * Assigns unanswered feedback to the unit concerned, or moves it to another: a manager's decision, for feedback
     * that named no ticket, dossier or officer (the kiosk, the hall QR) or went to the wrong unit. Never a denunciation:
     * it is its receiver's alone. The deadline stays where the law set it on arrival.
     */
    @Transactional
    public Feedback assign(FeedbackReader who, String code, long unitId, String note) {
        Feedback found = locked(who, code, receiver());
        if (!who.manager()) {
            throw new Refusal("problem.feedback.assign-managers", "Feedback is assigned to a unit by a manager");
        }
        if (found.getKind() == FeedbackKind.DENUNCIATION) {
            throw new Refusal("problem.feedback.denunciation-unassigned", "A denunciation is never assigned to a unit");
        }
        if (found.getAnsweredAt().isPresent()) {
            throw new Refusal("problem.feedback.answered", "Feedback " + code + " is answered already");
        }
        String written = note == null ? "" : note.strip();
        if (written.length() > NOTE_MAX) {
            throw new Refusal("problem.feedback.assign-note", "A note has at most " + NOTE_MAX + " characters",
                    NOTE_MAX);
        }
        Unit unit = officers.unit(unitId).orElseThrow(() -> new Refusal("problem.feedback.unit-unknown",
                "No unit " + unitId));
        Long before = found.getUnitId().orElse(null);
        if (Objects.equals(before, unit.getId())) {
            throw new Refusal("problem.feedback.assigned-already", "Feedback " + code + " is with unit "
                    + unit.getCode() + " already", unit.getName());
        }
        found.assign(unit.getId());
        feedback.saveAndFlush(found);
        String from = before == null ? "—" : officers.unit(before).map(Unit::getCode).orElse("#" + before);
        audit.record(Actor.user(who.username()), AuditAction.FEEDBACK_ASSIGNED, found.getCode(),
                from + " → " + unit.getCode() + (written.isEmpty() ? "" : ": " + written));
        events.publishEvent(FeedbackAlertsChanged.moved(before, unit.getId()));
        return found;
    }

    /**
     * Publishes the question and answer as a person rewrote them without personal data: feedback only, answered
     * first, by the head of its unit or a manager. A text still holding something like a phone or ID number is refused.
     */
    @Transactional
    public Feedback publish(FeedbackReader who, String code, String question, String answer) {
        Receiver receiver = receiver();
        Feedback found = locked(who, code, receiver);
        if (found.getKind() == FeedbackKind.DENUNCIATION) {
            throw new Refusal("problem.feedback.denunciation-private", "A denunciation is never published");
        }
        if (!receiver.answers(who, found)) {
            throw new Refusal("problem.feedback.not-yours", "Feedback " + code + " is published by the head of its"
                    + " unit or a manager");
        }
        if (found.getAnsweredAt().isEmpty()) {
            throw new Refusal("problem.feedback.not-answered", "Feedback " + code + " is answered before it is"
                    + " published");
        }
        if (found.getPublishedAt().isPresent()) {
            throw new Refusal("problem.feedback.published", "Feedback " + code + " is published already");
        }
        String q = cleared(question, SendFeedback.TEXT_MAX);
        String a = cleared(answer, ANSWER_MAX);
        found.publish(q, a, who.username(), time.now());
        feedback.saveAndFlush(found);
        audit.record(Actor.user(who.username()), AuditAction.FEEDBACK_PUBLISHED, found.getCode(), found.getKind()
                + " " + found.getCategory());
        events.publishEvent(FeedbackAlertsChanged.about(found));
        return found;
    }

    /**
     * Whether the reader may read the citizen's contact: a denunciation's receiver; for feedback, those who answer it
     * and the officer who took the call down. Administrators read feedback, not who sent it.
     */
    @Transactional(readOnly = true)
    public boolean mayReadContact(FeedbackReader who, Feedback f) {
        Receiver receiver = receiver();
        return receiver.answers(who, f) || f.getKind() == FeedbackKind.FEEDBACK && receiver.recorded(who, f);
    }

    /** A mobile number in the contact, as 0xxxxxxxxx, when the contact is one. */
    static Optional<String> mobile(String contact) {
        if (contact == null) {
            return Optional.empty();
        }
        var matcher = MOBILE.matcher(contact.replaceAll("[\\s.()-]", ""));
        return matcher.matches() ? Optional.of("0" + matcher.group(1)) : Optional.empty();
    }

    private static String cleared(String text, int most) {
        String written = text == null ? "" : text.strip();
        if (written.length() < SendFeedback.TEXT_MIN || written.length() > most) {
            throw new Refusal("problem.feedback.publication-text", "The published texts have "
                    + SendFeedback.TEXT_MIN + " to " + most + " characters", SendFeedback.TEXT_MIN, most);
        }
        if (PERSONAL_NUMBER.matcher(written).find()) {
            throw new Refusal("problem.feedback.personal-data", "The published texts still hold a phone or ID number");
        }
        return written;
    }

    /** The row, locked; one the reader may not see is as unknown to them as one that does not exist. */
    private Feedback locked(FeedbackReader who, String code, Receiver receiver) {
        return feedback.lockByCode(centers.profile().getId(), code == null ? "" : code.strip())
                .filter(found -> receiver.sees(who, found))
                .orElseThrow(() -> new Refusal("problem.feedback.unknown", "No feedback " + code));
    }

    private Receiver receiver() {
        return new Receiver(settings.denunciationTo().orElse(null));
    }

    /** The rule of who sees and answers what, with the center's denunciation receiver read once. */
    record Receiver(String denunciationTo) {

        boolean sees(FeedbackReader who, Feedback f) {
            return f.getKind() == FeedbackKind.DENUNCIATION ? receives(who)
                    : who.manager() || who.admin() || headOf(who, f) || recorded(who, f);
        }

        boolean answers(FeedbackReader who, Feedback f) {
            return f.getKind() == FeedbackKind.DENUNCIATION ? receives(who) : who.manager() || headOf(who, f);
        }

        boolean recorded(FeedbackReader who, Feedback f) {
            return f.getRecordedBy().filter(by -> by.equalsIgnoreCase(who.username())).isPresent();
        }

        private boolean receives(FeedbackReader who) {
            return denunciationTo == null ? who.manager() : denunciationTo.equalsIgnoreCase(who.username());
        }

        private static boolean headOf(FeedbackReader who, Feedback f) {
            return who.headOfUnit() != null && f.getUnitId().filter(unit -> Objects.equals(unit, who.headOfUnit()))
                    .isPresent();
        }
    }
}
