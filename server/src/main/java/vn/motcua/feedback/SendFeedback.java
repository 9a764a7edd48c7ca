package vn.motcua.feedback;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.feedback.internal.FeedbackRepository;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.queue.Ticket;
import vn.motcua.security.SignedInUser;

/**
 * Takes feedback in: from a citizen (kiosk, phone page, hall QR, API) or from an officer recording a hotline call. Links
 * it to the ticket, dossier and officer concerned when known, assigns it to that officer's unit (else the dossier's;
 * else none, so the managers), and sets the legal answer deadline: the center's feedback days counted in working days
 * after the day it came in, ending when the last one's hours end.
 */
@Service
public class SendFeedback {

    static final int TEXT_MIN = 5;
    static final int TEXT_MAX = 2000;
    static final int CONTACT_MAX = 200;
    /** No 0/O, 1/I/L: a code read out over the phone or copied from paper comes back right. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedbackRepository feedback;
    private final QueueSnapshot tickets;
    private final Dossiers dossiers;
    private final Officers officers;
    private final WorkingCalendar calendar;
    private final CenterSettings settings;
    private final Centers centers;
    private final CenterTime time;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SendFeedback(FeedbackRepository feedback, QueueSnapshot tickets, Dossiers dossiers, Officers officers,
            WorkingCalendar calendar, CenterSettings settings, Centers centers, CenterTime time, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.feedback = feedback;
        this.tickets = tickets;
        this.dossiers = dossiers;
        this.officers = officers;
        this.calendar = calendar;
        this.settings = settings;
        this.centers = centers;
        this.time = time;
        this.audit = audit;
        this.events = events;
    }

    /** A citizen's feedback, anonymous; a hotline call is an officer's to record ({@link #recordCall}). */
    @Transactional
    public Feedback send(FeedbackRequest request) {
        if (request == null || request.channel() == null || request.channel() == FeedbackChannel.HOTLINE) {
            throw new Refusal("problem.feedback.channel", "Feedback comes from the kiosk, a phone page, the hall's"
                    + " QR code or the API; a hotline call is recorded by an officer");
        }
        return take(request, request.channel(), null, Actor.anonymous("citizen"));
    }

    /** A call to the hotline, written down by the officer who took it. */
    @Transactional
    public Feedback recordCall(FeedbackRequest request, SignedInUser officer) {
        if (request == null) {
            throw new Refusal("problem.feedback.text", "Write what the caller said");
        }
        return take(request, FeedbackChannel.HOTLINE, officer.username(), Actor.user(officer.username()));
    }

    private Feedback take(FeedbackRequest request, FeedbackChannel channel, String recordedBy, Actor actor) {
        if (request.category() == null) {
            throw new Refusal("problem.feedback.category", "Choose what the feedback is about");
        }
        String text = request.text() == null ? "" : request.text().strip();
        if (text.length() < TEXT_MIN || text.length() > TEXT_MAX) {
            throw new Refusal("problem.feedback.text", "The text has " + TEXT_MIN + " to " + TEXT_MAX + " characters",
                    TEXT_MIN, TEXT_MAX);
        }
        String contact = request.contact() == null || request.contact().isBlank() ? null : request.contact().strip();
        if (contact != null && contact.length() > CONTACT_MAX) {
            throw new Refusal("problem.feedback.contact", "A contact has " + CONTACT_MAX + " characters at most",
                    CONTACT_MAX);
        }
        Optional<Ticket> ticket = ticket(request.ticketCode());
        Optional<Dossier> dossier = dossier(request.dossierCode());
        Optional<Officer> officer = ticket.map(Ticket::getOfficer)
                .or(() -> dossier.flatMap(found -> found.getHolderOfficerId()
                        .or(() -> found.getApplicant().getReceivingOfficerId())).flatMap(officers::find));
        Long unit = officer.map(Officer::getUnit).map(Unit::getId)
                .or(() -> dossier.flatMap(Dossier::getUnitId)).orElse(null);
        Instant now = time.now();
        Instant due = calendar.endOfWorkingDays(now, settings.current().get(CenterSettings.Setting.FEEDBACK_DAYS));
        Feedback saved = feedback.saveAndFlush(new Feedback(centers.profile().getId(), newCode(),
                new Feedback.Intake(request.category(), text, contact, channel, ticket.map(Ticket::getId).orElse(null),
                        dossier.map(Dossier::getId).orElse(null), officer.map(Officer::getId).orElse(null), unit,
                        recordedBy), now, due));
        // Who wrote what stays in the feedback row: the trail names the case, never the citizen or their words.
        audit.record(actor, AuditAction.FEEDBACK_RECEIVED, saved.getCode(),
                saved.getKind() + " " + saved.getCategory() + " " + channel);
        events.publishEvent(FeedbackAlertsChanged.about(saved));
        return saved;
    }

    private Optional<Ticket> ticket(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(tickets.byTrackingCode(code.strip()).orElseThrow(() -> new Refusal(
                "problem.feedback.ticket-unknown", "No ticket " + code.strip())));
    }

    private Optional<Dossier> dossier(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(dossiers.find(code).orElseThrow(() -> new Refusal("problem.feedback.dossier-unknown",
                "No dossier " + code.strip())));
    }

    /** The citizen's key to their answer: random, so one code tells nothing of another. */
    private String newCode() {
        while (true) {
            StringBuilder code = new StringBuilder("PA-");
            for (int n = 0; n < CODE_LENGTH; n++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!feedback.existsByCode(code.toString())) {
                return code.toString();
            }
        }
    }
}
