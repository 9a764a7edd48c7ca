package vn.motcua.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.feedback.internal.RatingFollowUpRepository;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.rating.GiveRating.RatingGiven;
import vn.motcua.rating.RatingLevel;
import vn.motcua.security.Accounts;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/**
 * Every dissatisfied rating followed up (DOMAIN rule 11): a "không hài lòng", or the lowest level of a five-level
 * scale, opens one follow-up for the head of the rated officer's unit in the rating's own transaction; the head
 * records contact with the citizen and the resolution; unresolved past the center's follow-up hours, it goes up to the
 * managers. The rating itself is never touched.
 */
@Service
public class FollowUps {

    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);
    /** The levels that open a follow-up: "không hài lòng" on every scale, and the lowest one of five. */
    static final Set<RatingLevel> DISSATISFIED = Set.of(RatingLevel.UNSATISFIED, RatingLevel.VERY_UNSATISFIED);
    public static final int NOTE_LENGTH = 1000;
    public static final int SHORTEST_RESOLUTION = 5;
    public static final int RESOLUTION_LENGTH = 2000;

    private final RatingFollowUpRepository followUps;
    private final FollowUpLines lines;
    private final Officers officers;
    private final Accounts accounts;
    private final CenterSettings settings;
    private final Centers centers;
    private final CenterTime time;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    FollowUps(RatingFollowUpRepository followUps, FollowUpLines lines, Officers officers, Accounts accounts,
            CenterSettings settings, Centers centers, CenterTime time, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.followUps = followUps;
        this.lines = lines;
        this.officers = officers;
        this.accounts = accounts;
        this.settings = settings;
        this.centers = centers;
        this.time = time;
        this.audit = audit;
        this.events = events;
    }

    /** How many are open, and how many of those went up to the managers. */
    public record Counts(long open, long escalated) {
    }

    /**
     * In the rating's transaction: a rating and its follow-up are written together or not at all. Once per rating: the
     * same event again finds the one already opened.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void rated(RatingGiven given) {
        if (!DISSATISFIED.contains(given.level()) || followUps.findByRatingId(given.ratingId()).isPresent()) {
            return;
        }
        Optional<Long> unit = officers.find(given.officerId()).map(Officer::getUnit).map(Unit::getId);
        // A head rated at their own counter cannot follow up their own rating: it is the managers' from the start.
        Optional<Long> head = unit.flatMap(accounts::headOf).filter(officer -> officer != given.officerId());
        Instant now = time.now();
        Duration hours = Duration.ofHours(settings.current().get(CenterSettings.Setting.FOLLOW_UP_HOURS));
        followUps.saveAndFlush(new RatingFollowUp(centers.profile().getId(), given.ratingId(), given.officerId(),
                unit.orElse(null), head.orElse(null), now, now.plus(hours)));
        changed(unit);
    }

    /** The head (or a manager) records how they reached the citizen and what was said; again replaces the last. */
    @Transactional
    public FollowUpLine contact(SignedInUser who, long id, String note) {
        String said = note == null ? "" : note.strip();
        if (said.isEmpty() || said.length() > NOTE_LENGTH) {
            throw new Refusal("problem.follow-up.note", "A contact needs its note, " + NOTE_LENGTH
                    + " characters at most", NOTE_LENGTH);
        }
        RatingFollowUp followUp = open(who, id);
        followUp.contacted(said, time.now());
        audit.record(Actor.user(who.username()), AuditAction.FOLLOW_UP_CONTACTED, subject(followUp), said);
        changed(followUp.getUnitId());
        return lines.of(followUp, time.now());
    }

    /** The resolution, once: what was done about the citizen's dissatisfaction. */
    @Transactional
    public FollowUpLine resolve(SignedInUser who, long id, String text) {
        String resolution = text == null ? "" : text.strip();
        if (resolution.length() < SHORTEST_RESOLUTION || resolution.length() > RESOLUTION_LENGTH) {
            throw new Refusal("problem.follow-up.resolution", "A resolution takes " + SHORTEST_RESOLUTION + " to "
                    + RESOLUTION_LENGTH + " characters", SHORTEST_RESOLUTION, RESOLUTION_LENGTH);
        }
        RatingFollowUp followUp = open(who, id);
        followUp.resolve(resolution, who.username(), time.now());
        audit.record(Actor.user(who.username()), AuditAction.FOLLOW_UP_RESOLVED, subject(followUp), resolution);
        changed(followUp.getUnitId());
        return lines.of(followUp, time.now());
    }

    /** Sends up to the managers, once, every follow-up still unresolved past its due time; how many went up. */
    @Transactional
    public int escalate(Instant now) {
        List<RatingFollowUp> overdue = followUps
                .findByCenterIdAndResolvedAtIsNullAndEscalatedAtIsNullAndDueAtBeforeOrderByDueAtAsc(
                        centers.profile().getId(), now);
        Set<Long> units = new TreeSet<>();
        for (RatingFollowUp followUp : overdue) {
            followUp.escalate(now);
            followUp.getUnitId().ifPresent(units::add);
        }
        if (!overdue.isEmpty()) {
            log.info("{} follow-ups of dissatisfied ratings went up to the managers at {}", overdue.size(), now);
            events.publishEvent(new FollowUpsChanged(units));
        }
        return overdue.size();
    }

    /**
     * The follow-ups a person answers for: a head their unit's (not those of their own ratings), a manager or an
     * administrator every one, those sent up first. Open ones only, or the latest resolved after them.
     */
    @Transactional(readOnly = true)
    public List<FollowUpLine> list(SignedInUser who, boolean openOnly) {
        boolean all = manager(who);
        if (!all && !(who.role() == Role.UNIT_HEAD && who.unitId() != null)) {
            throw notYours();
        }
        long unit = all ? -1 : who.unitId();
        long self = all || who.officerId() == null ? -1 : who.officerId();
        return lines.of(centers.profile().getId(), all, unit, self, openOnly, time.now());
    }

    /** The center's open follow-ups, for the boards. */
    @Transactional(readOnly = true)
    public Counts counts() {
        Integer center = centers.profile().getId();
        return new Counts(followUps.countByCenterIdAndResolvedAtIsNull(center),
                followUps.countByCenterIdAndResolvedAtIsNullAndEscalatedAtIsNotNull(center));
    }

    private RatingFollowUp open(SignedInUser who, long id) {
        RatingFollowUp followUp = followUps.lockById(id).orElseThrow(() -> new Refusal("problem.follow-up.unknown",
                "No follow-up " + id, id));
        if (!manager(who)) {
            if (who.officerId() != null && who.officerId().equals(followUp.getOfficerId())) {
                throw new Refusal("problem.follow-up.own-rating", "Follow-up " + id
                        + " is of the person's own rating: only a manager follows it up");
            }
            if (who.role() != Role.UNIT_HEAD || who.unitId() == null
                    || !followUp.getUnitId().equals(Optional.of(who.unitId()))) {
                throw notYours();
            }
        }
        if (followUp.isResolved()) {
            throw new Refusal("problem.follow-up.resolved", "Follow-up " + id + " is resolved already");
        }
        return followUp;
    }

    private void changed(Optional<Long> unit) {
        events.publishEvent(new FollowUpsChanged(unit.map(Set::of).orElse(Set.of())));
    }

    private static boolean manager(SignedInUser who) {
        return who.role() == Role.MANAGER || who.role() == Role.ADMIN;
    }

    private static Refusal notYours() {
        return new Refusal("problem.follow-up.not-yours",
                "Follow-ups are the head of the rated officer's unit's, or a manager's");
    }

    private static String subject(RatingFollowUp followUp) {
        return "follow-up #" + followUp.getId() + " of rating #" + followUp.getRatingId();
    }

    /** Every minute, so a follow-up goes up within a minute of its due time. */
    @Component
    @ConditionalOnProperty(name = "motcua.follow-ups.scheduled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private final FollowUps followUps;
        private final CenterTime time;

        Schedule(FollowUps followUps, CenterTime time) {
            this.followUps = followUps;
            this.time = time;
        }

        @Scheduled(initialDelay = 20_000, fixedDelay = 60_000)
        void everyMinute() {
            followUps.escalate(time.now());
        }
    }
}
