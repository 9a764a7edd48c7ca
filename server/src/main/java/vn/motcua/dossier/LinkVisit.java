package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.internal.DossierEventRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.DossierVisitRepository;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.Caller;
import vn.motcua.queue.Counter;
import vn.motcua.queue.CounterWork;
import vn.motcua.queue.Counters;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.queue.Seat;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketStatus;

/**
 * Links the visit (ticket) an officer serves to a dossier by its code, naming the officer: from the console (the
 * counter's visit) or the API (a ticket by its tracking code). A visit to collect the result returns the dossier.
 */
@Service
public class LinkVisit {

    /**
     * How long after pressing finish the officer may still link the ticket: the visitor has left, the officer types
     * or scans the codes from the receipts on the desk. Calling the next visitor ends it sooner, so a link never
     * lands on a visit the officer has moved on from.
     */
    public static final Duration AFTER_FINISH = Duration.ofMinutes(10);

    private final CounterWork work;
    private final Counters counters;
    private final QueueSnapshot snapshot;
    private final DossierRepository dossiers;
    private final DossierVisitRepository visits;
    private final DossierEventRepository events;
    private final Centers centers;
    private final CenterTime time;
    private final TransactionTemplate transaction;

    LinkVisit(CounterWork work, Counters counters, QueueSnapshot snapshot, DossierRepository dossiers,
            DossierVisitRepository visits, DossierEventRepository events, Centers centers, CenterTime time,
            PlatformTransactionManager transactions) {
        this.work = work;
        this.counters = counters;
        this.snapshot = snapshot;
        this.dossiers = dossiers;
        this.visits = visits;
        this.events = events;
        this.centers = centers;
        this.time = time;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A dossier linked to a ticket by an officer; {@code linkedNow} is false when the link was already there. */
    public record LinkedVisit(Dossier dossier, DossierVisit visit, Ticket ticket, String officerCode,
            boolean linkedNow) {
    }

    /**
     * The ticket a counter's links go to now: the one called or served there, or, while the counter is idle, the one
     * its seated officer finished there less than {@link #AFTER_FINISH} ago, if nobody was called since.
     */
    public Optional<Ticket> visitAt(int counterNumber) {
        Optional<Counter> counter = counters.find(counterNumber);
        if (counter.isEmpty() || counter.get().getCurrentOfficer() == null) {
            return Optional.empty();
        }
        Optional<Ticket> current = snapshot.servingAt(counter.get());
        if (current.isPresent()) {
            return current;
        }
        Long seated = counter.get().getCurrentOfficer().getId();
        Instant now = time.now();
        return snapshot.lastCalledAt(counter.get(), EnumSet.allOf(TicketStatus.class))
                .filter(last -> last.getStatus() == TicketStatus.DONE && last.getFinishedAt() != null)
                .filter(last -> now.isBefore(last.getFinishedAt().plus(AFTER_FINISH)))
                .filter(last -> last.getOfficer() != null && Objects.equals(last.getOfficer().getId(), seated));
    }

    /** Links the visit at the seat's counter (as {@link #visitAt}) to the dossier with this code. */
    public LinkedVisit link(Seat seat, String dossierCode, VisitPurpose purpose) {
        Ticket ticket = visitAt(seat.counterNumber()).orElseThrow(() -> new Refusal("problem.dossier.no-visit",
                "Counter " + seat.counterNumber() + " has no ticket served or just finished to link"));
        return link(seat, ticket, dossierCode, purpose);
    }

    /** Links a ticket named by its tracking code; the caller must be the officer seated where it is served. */
    public LinkedVisit link(Caller caller, String trackingCode, String dossierCode, VisitPurpose purpose) {
        ServedVisit served = servedVisit(caller, trackingCode);
        return link(served.seat(), served.ticket(), dossierCode, purpose);
    }

    /** A ticket and the seat of the officer serving it, as {@link #servedVisit} found them. */
    public record ServedVisit(Seat seat, Ticket ticket) {
    }

    /**
     * The ticket with this tracking code, checked to be the visit its counter links to now ({@link #visitAt}) with the
     * caller seated there.
     */
    public ServedVisit servedVisit(Caller caller, String trackingCode) {
        Ticket ticket = snapshot.byTrackingCode(trackingCode == null ? "" : trackingCode.strip()).orElseThrow(
                () -> new Refusal("problem.ticket.unknown", "Unknown ticket " + trackingCode));
        if (ticket.getCounter() == null) {
            throw notTheVisit(ticket);
        }
        Seat seat = work.seat(ticket.getCounter().getNumber(), caller);
        if (visitAt(seat.counterNumber()).map(Ticket::getId).filter(ticket.getId()::equals).isEmpty()) {
            throw notTheVisit(ticket);
        }
        return new ServedVisit(seat, ticket);
    }

    /** The seat of the counter the caller sits at now, for work not tied to a visit (a dossier sent by post). */
    public Seat seatOf(Caller caller) {
        long officer = caller.officer();
        return counters.all().stream()
                .filter(counter -> counter.getCurrentOfficer() != null
                        && counter.getCurrentOfficer().getId() == officer)
                .findFirst().map(counter -> work.seat(counter.getNumber(), caller))
                .orElseThrow(() -> new Refusal("problem.counter.not-seated", "The officer sits at no counter"));
    }

    private LinkedVisit link(Seat seat, Ticket ticket, String dossierCode, VisitPurpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        String code = dossierCode == null ? "" : dossierCode.strip();
        if (code.isEmpty()) {
            throw new Refusal("problem.dossier.code-missing", "No dossier code given");
        }
        long officerId = seat.caller().officer();
        // The seat was checked for this caller: the counter's officer is the one linking.
        String officerCode = counters.find(seat.counterNumber()).map(Counter::getCurrentOfficer)
                .map(officer -> officer.getCode()).orElse("");
        try {
            return transaction.execute(status -> write(seat, ticket, code, purpose, officerId, officerCode));
        } catch (DataIntegrityViolationException linkedByAnotherPress) {
            // The same code scanned twice at once: the unique link (dossier_visit_once) keeps one row; this press
            // gets the answer the other one wrote.
            return transaction.execute(status -> dossiers.findByCenterIdAndCode(centers.profile().getId(), code)
                    .flatMap(dossier -> visits.findByDossierIdAndTicketId(dossier.getId(), ticket.getId())
                            .map(visit -> new LinkedVisit(dossier, visit, ticket, officerCode, false))))
                    .orElseThrow(() -> linkedByAnotherPress);
        }
    }

    private LinkedVisit write(Seat seat, Ticket ticket, String code, VisitPurpose purpose, long officerId,
            String officerCode) {
        Dossier dossier = dossiers.lockByCenterIdAndCode(centers.profile().getId(), code).orElseThrow(
                () -> new Refusal("problem.dossier.unknown", "Unknown dossier " + code));
        Optional<DossierVisit> linked = visits.findByDossierIdAndTicketId(dossier.getId(), ticket.getId());
        boolean returns = purpose == VisitPurpose.COLLECTION;
        // A same-day dossier is received and handed back in one visit: the visit is linked already (as its
        // submission), and collecting it must still return it rather than answer "linked before".
        if (linked.isPresent() && !(returns && collectable(dossier))) {
            return new LinkedVisit(dossier, linked.get(), ticket, officerCode, false);
        }
        if (returns && !collectable(dossier)) {
            throw new Refusal("problem.dossier.not-collectable", "Dossier " + code + " is " + dossier.getStatus());
        }
        Instant now = time.now();
        String actor = seat.caller().actor().name();
        DossierVisit visit = linked.orElse(null);
        if (visit == null) {
            visit = visits.save(new DossierVisit(dossier, ticket.getId(), officerId, purpose, now));
            events.save(new DossierEvent(dossier, now, DossierEventKind.VISIT_LINKED, officerId, actor,
                    "Phiếu " + ticket.getNumber() + " tại quầy " + seat.counterNumber() + ", " + purpose));
        }
        if (returns) {
            returned(dossier, seat, ticket, officerId);
        }
        return new LinkedVisit(dossier, visit, ticket, officerCode, true);
    }

    private void returned(Dossier dossier, Seat seat, Ticket ticket, long officerId) {
        Instant now = time.now();
        dossier.returned(now, officerId);
        dossiers.saveAndFlush(dossier);
        events.save(new DossierEvent(dossier, now, DossierEventKind.RETURNED, officerId, seat.caller().actor().name(),
                "Phiếu " + ticket.getNumber() + " tại quầy " + seat.counterNumber()));
    }

    /**
     * A dossier received here is handed back once its result is recorded (a refusal is handed back too, with Mẫu 03);
     * the province's records results elsewhere, so an imported one still open or done may be handed back.
     */
    private static boolean collectable(Dossier dossier) {
        if (dossier.getSource() == DossierSource.LOCAL) {
            return dossier.getOutcome().getResult().isPresent() && dossier.getStatus() != DossierStatus.RETURNED;
        }
        return dossier.getStatus().isOpen() || dossier.getStatus() == DossierStatus.DONE;
    }

    private static Refusal notTheVisit(Ticket ticket) {
        return new Refusal("problem.dossier.visit-closed", "Ticket " + ticket.getNumber()
                + " is neither served at its counter nor finished there in the last " + AFTER_FINISH.toMinutes()
                + " minutes");
    }
}
