package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingSchedule;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.internal.DossierApologyRepository;
import vn.motcua.dossier.internal.DossierEventRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.i18n.Refusal;
import vn.motcua.i18n.Translations;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.outbox.MessageChannel;
import vn.motcua.outbox.Outbox;
import vn.motcua.security.Accounts;

/**
 * The apology and new appointment (Mẫu 04): the holder drafts it as soon as lateness is foreseen (or once it is late),
 * with the reason and a new date counted on the working calendar; a leader approves it, which sets the dossier's new
 * appointment once and tells the citizen through the outbox, or rejects it. An extension the leader finds without a
 * valid reason is a violation on the drafter's record.
 */
@Service
public class Apologies {

    /** What the outbox messages about a dossier name as their subject. */
    public static final String SUBJECT = "DOSSIER";
    public static final int MOST_DAYS = 30;
    public static final int REASON_LENGTH = 500;
    private static final int COMMENT_LENGTH = 1000;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(CenterTime.ZONE);
    private static final Set<ApologyState> STANDING = Set.of(ApologyState.DRAFT, ApologyState.APPROVED);

    private final DossierRepository dossiers;
    private final DossierApologyRepository apologies;
    private final DossierEventRepository events;
    private final WorkingCalendar calendar;
    private final Violations violations;
    private final Outbox outbox;
    private final Officers officers;
    private final Accounts accounts;
    private final Centers centers;
    private final CenterTime time;
    private final Translations translations;

    Apologies(DossierRepository dossiers, DossierApologyRepository apologies, DossierEventRepository events,
            WorkingCalendar calendar, Violations violations, Outbox outbox, Officers officers, Accounts accounts,
            Centers centers, CenterTime time, Translations translations) {
        this.dossiers = dossiers;
        this.apologies = apologies;
        this.events = events;
        this.calendar = calendar;
        this.violations = violations;
        this.outbox = outbox;
        this.officers = officers;
        this.accounts = accounts;
        this.centers = centers;
        this.time = time;
        this.translations = translations;
    }

    /** A draft waiting for a leader, with its dossier. */
    public record Awaiting(Dossier dossier, DossierApology apology) {
    }

    /** The dossier's apologies, first drafted first. */
    @Transactional(readOnly = true)
    public List<DossierApology> of(Dossier dossier) {
        return apologies.findByDossierIdOrderById(dossier.getId());
    }

    /** The latest drafted, whatever became of it. */
    @Transactional(readOnly = true)
    public Optional<DossierApology> latest(Dossier dossier) {
        return of(dossier).stream().reduce((first, second) -> second);
    }

    /** The approved one (there is at most one: the new date is set once). */
    @Transactional(readOnly = true)
    public Optional<DossierApology> approved(Dossier dossier) {
        return of(dossier).stream().filter(apology -> apology.getState() == ApologyState.APPROVED).findFirst();
    }

    /**
     * The new appointment a draft made now would give: the due date (or now, when that is later) plus the working
     * days, counted as due dates count them (the day it runs from is not counted; the period ends when the last
     * working day's hours end).
     */
    @Transactional(readOnly = true)
    public Instant newAppointment(Dossier dossier, int extraWorkingDays) {
        if (extraWorkingDays < 1 || extraWorkingDays > MOST_DAYS) {
            throw new Refusal("problem.apology.days", "From 1 to " + MOST_DAYS + " working days, not "
                    + extraWorkingDays);
        }
        Instant now = time.now();
        Instant from = dossier.getDueAt().isAfter(now) ? dossier.getDueAt() : now;
        LocalDate day = from.atZone(CenterTime.ZONE).toLocalDate();
        // Tết and the weekends can stretch 30 working days to about 50 calendar days; the margin holds them.
        WorkingSchedule schedule = calendar.schedule(day, day.plusDays(extraWorkingDays * 2L + 60));
        for (int n = 0; n < extraWorkingDays; n++) {
            day = schedule.nextWorkingDay(day);
        }
        return schedule.closingTime(day);
    }

    /** The holder (their head of unit, or a manager) drafts the apology with its reason and the new date. */
    @Transactional
    public DossierApology draft(Handler by, String code, String reason, int extraWorkingDays) {
        Dossier dossier = locked(code);
        if (!dossier.getStatus().isOpen()) {
            throw new Refusal("problem.dossier.closed", "Dossier " + code + " is " + dossier.getStatus());
        }
        if (!by.mayActFor(dossier)) {
            throw new Refusal("problem.dossier.not-holder", "Only the holder or their head of unit drafts an apology");
        }
        long officer = by.officer();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_LENGTH) {
            throw new Refusal("problem.apology.reason-missing", "An apology says why (1 to " + REASON_LENGTH
                    + " characters)");
        }
        List<DossierApology> before = of(dossier);
        if (before.stream().anyMatch(apology -> apology.getState() == ApologyState.APPROVED)) {
            throw new Refusal("problem.apology.approved", "Dossier " + code + " has its new appointment already");
        }
        if (before.stream().anyMatch(apology -> apology.getState() == ApologyState.DRAFT)) {
            throw new Refusal("problem.apology.pending", "Dossier " + code + " has a draft awaiting a decision");
        }
        Instant newDate = newAppointment(dossier, extraWorkingDays);
        Instant now = time.now();
        DossierApology drafted = apologies.save(new DossierApology(dossier, why, newDate, officer, now));
        events.save(new DossierEvent(dossier, now, DossierEventKind.APOLOGY_DRAFTED, officer, by.actor().name(),
                "Hẹn lại " + LOCAL.format(newDate) + " (thêm " + extraWorkingDays + " ngày làm việc), lý do: " + why));
        return drafted;
    }

    /**
     * A leader approves the draft (the dossier's new appointment, the citizen told) or rejects it; an approval whose
     * reason the leader finds not valid is a violation on the drafter's record.
     */
    @Transactional
    public DossierApology decide(Handler leader, String code, boolean approve, boolean reasonValid, String comment) {
        if (!leader.manager()) {
            throw new Refusal("problem.apology.not-leader", "Only a leader of the center decides on an apology");
        }
        Dossier dossier = locked(code);
        DossierApology draft = of(dossier).stream().filter(apology -> apology.getState() == ApologyState.DRAFT)
                .findFirst().orElseThrow(() -> new Refusal("problem.apology.none-pending",
                        "Dossier " + code + " has no draft awaiting a decision"));
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > COMMENT_LENGTH) {
            throw new Refusal("problem.apology.comment-too-long", "A comment has 1000 characters at most");
        }
        if (approve && !dossier.getStatus().isOpen()) {
            throw new Refusal("problem.dossier.closed", "Dossier " + code + " is " + dossier.getStatus());
        }
        Instant now = time.now();
        String name = leaderName(leader);
        draft.decide(approve, reasonValid, name, now, note);
        apologies.saveAndFlush(draft);
        events.save(new DossierEvent(dossier, now, DossierEventKind.APOLOGY_DECIDED, leader.officerId().orElse(null),
                leader.actor().name(), (approve ? "Duyệt, hẹn lại " + LOCAL.format(draft.getNewAppointmentAt())
                        : "Không duyệt") + (reasonValid ? "" : ", lý do không chính đáng")
                        + (note == null ? "" : ", " + note)));
        if (approve) {
            dossier.reschedule(draft.getNewAppointmentAt());
            dossiers.saveAndFlush(dossier);
            outbox.post(MessageChannel.SMS, dossier.getPhone().orElse(null), message(dossier, draft), SUBJECT,
                    dossier.getCode());
            if (!reasonValid) {
                violations.record(dossier, new Violations.Entry(ViolationKind.EXTENSION_WITHOUT_REASON,
                        dossier.getId(), draft.getDraftedBy(), leader.actor(), "Lãnh đạo " + name
                                + " duyệt hẹn lại ngày trả kết quả đến " + LOCAL.format(draft.getNewAppointmentAt())
                                + " nhưng lý do không chính đáng: " + draft.getReason(), null, null, null,
                        draft.getId()));
            }
        }
        return draft;
    }

    /** Drafts waiting for a leader: a manager sees all, a head their unit's, an officer their own. */
    @Transactional(readOnly = true)
    public List<Awaiting> awaitingDecision(Handler who) {
        return apologies.findByCenterIdAndStateInOrderByDraftedAtAscIdAsc(centers.profile().getId(),
                        Set.of(ApologyState.DRAFT)).stream()
                .map(apology -> new Awaiting(dossiers.findById(apology.getDossierId()).orElseThrow(), apology))
                .filter(awaiting -> covers(who, awaiting.dossier()) || who.officerId()
                        .filter(awaiting.apology().getDraftedBy()::equals).isPresent())
                .toList();
    }

    /**
     * Open dossiers past their due date with no apology approved or waiting, most overdue first: a manager sees all
     * (those of no unit too), a head their unit's, an officer those they hold.
     */
    @Transactional(readOnly = true)
    public List<Dossier> lateWithoutApology(Handler who) {
        Integer center = centers.profile().getId();
        Set<Long> apologised = apologies.findByCenterIdAndStateInOrderByDraftedAtAscIdAsc(center, STANDING).stream()
                .map(DossierApology::getDossierId).collect(Collectors.toSet());
        Instant now = time.now();
        return dossiers.findByCenterIdAndStatusInAndDueAtBeforeOrderByDueAtAsc(center,
                        Arrays.stream(DossierStatus.values()).filter(DossierStatus::isOpen).toList(), now).stream()
                .filter(dossier -> dossier.isOverdue(now) && !apologised.contains(dossier.getId()))
                .filter(dossier -> covers(who, dossier))
                .toList();
    }

    private static boolean covers(Handler who, Dossier dossier) {
        return who.manager()
                || who.headOfUnit() && who.unitId().isPresent() && dossier.getUnitId().equals(who.unitId())
                || who.officerId().isPresent() && dossier.getHolderOfficerId().equals(who.officerId());
    }

    /** The citizen's message, in the national language whatever the screens show. */
    private String message(Dossier dossier, DossierApology apology) {
        return translations.getTranslation("apology.message", Translations.VIETNAMESE, centers.profile().getName(),
                dossier.getCode(), apology.getReason(), LOCAL.format(apology.getNewAppointmentAt()));
    }

    /** The leader by name: their officer record's, else their account's, else the name they signed in with. */
    private String leaderName(Handler leader) {
        Optional<String> officer = leader.officerId().flatMap(officers::find).map(Officer::getFullName);
        if (officer.isPresent()) {
            return officer.get();
        }
        try {
            String fullName = accounts.loadUserByUsername(leader.actor().name()).fullName();
            return fullName == null || fullName.isBlank() ? leader.actor().name() : fullName;
        } catch (UsernameNotFoundException noAccount) {
            return leader.actor().name();
        }
    }

    private Dossier locked(String code) {
        return dossiers.lockByCenterIdAndCode(centers.profile().getId(), code == null ? "" : code.strip())
                .orElseThrow(() -> new Refusal("problem.dossier.unknown", "Unknown dossier " + code));
    }
}
