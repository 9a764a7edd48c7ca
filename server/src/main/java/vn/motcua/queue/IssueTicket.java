package vn.motcua.queue;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.Center;
import vn.motcua.center.Centers;
import vn.motcua.center.CenterTime;
import vn.motcua.catalogue.CenterService;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.internal.TicketRepository;

/** Issues numbered tickets: at the kiosk, and for a walk-in served at a counter without one. */
@Service
public class IssueTicket {

    private static final DateTimeFormatter OPENING_TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter OPENING_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final char[] TRACKING_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final Catalogue services;
    private final TicketRepository tickets;
    private final TicketNumbering numbering;
    private final TicketHistory history;
    private final CounterDesk desk;
    private final Centers centers;
    private final WaitEstimate waitEstimate;
    private final CenterTime time;
    private final IssuingHours hours;
    private final QueueWriter writer;
    private final KioskBurstLimit burstLimit;
    private final SecureRandom random = new SecureRandom();

    IssueTicket(Catalogue services, TicketRepository tickets, TicketNumbering numbering,
            TicketHistory history, CounterDesk desk, Centers centers, WaitEstimate waitEstimate,
            CenterTime time, IssuingHours hours, QueueWriter writer, KioskBurstLimit burstLimit) {
        this.services = services;
        this.tickets = tickets;
        this.numbering = numbering;
        this.history = history;
        this.desk = desk;
        this.centers = centers;
        this.waitEstimate = waitEstimate;
        this.time = time;
        this.hours = hours;
        this.writer = writer;
        this.burstLimit = burstLimit;
    }

    /**
     * The ticket just issued, how many are ahead of it, and about how long they will take; {@code callsFrom} is the
     * opening time of its day when it is taken before that (early in the morning, or for the next working day).
     */
    public record IssuedTicket(Ticket ticket, long peopleAhead, WaitEstimate.Estimate estimatedWait, Instant callsFrom) {
    }

    /**
     * Issues the next number of the service for the day the working calendar gives now: today, or the next working
     * day when the center allows it after hours; otherwise refuses, naming the next opening, and uses no number.
     * The ticket is committed before it is answered; who is ahead is counted once it is, outside the queue's writer.
     */
    public IssuedTicket issue(String serviceCode, PriorityCategory priority) {
        return issue(serviceCode, priority, null);
    }

    /**
     * The same, naming the kiosk it is taken at (the broker watch counts bursts and unserved tickets per kiosk); an
     * ordinary ticket beyond the center's burst limit at that kiosk is refused (problem.kiosk.burst).
     */
    public IssuedTicket issue(String serviceCode, PriorityCategory priority, String kiosk) {
        CenterService service = service(serviceCode);
        Instant now = time.now();
        IssuingHours.Issuing issuing = hours.at(now);
        if (!issuing.issues()) {
            throw closed(issuing);
        }
        PriorityCategory category = priority == null ? PriorityCategory.NONE : priority;
        Ticket ticket = writer.write(() -> {
            burstLimit.check(kiosk, service.getId(), category, now);
            Ticket issued = newTicket(service, category, TicketOrigin.KIOSK, issuing.day(), now);
            history.record(issued, TicketEventKind.ISSUED, null, null);
            if (kiosk != null) {
                tickets.takenAt(issued.getId(), kiosk);
            }
            return issued;
        });
        // Everyone waiting of the service is ahead: today's tickets still waiting at closing are carried to that day.
        long ahead = tickets.countAhead(ticket.getService().getId(), ticket.getQueueRank(), ticket.getQueuedAt(),
                ticket.getId());
        Instant callsFrom = now.isBefore(issuing.opensAt()) ? issuing.opensAt() : null;
        return new IssuedTicket(ticket, ahead, waitEstimate.forService(ticket.getService(), ahead), callsFrom);
    }

    private static Refusal closed(IssuingHours.Issuing issuing) {
        if (issuing.day() == null) {
            return new Refusal("problem.center.no-hours", "The working calendar has no working day: no ticket");
        }
        LocalDateTime opens = LocalDateTime.ofInstant(issuing.opensAt(), CenterTime.ZONE);
        return new Refusal("problem.center.closed", "Closed (" + issuing.state() + "); opens again at " + opens,
                OPENING_TIME.format(opens), opens.getDayOfWeek().getValue(), OPENING_DAY.format(opens));
    }

    /** A visitor served at the counter without a ticket still gets a numbered record, attributed to the officer. */
    @Transactional
    public Ticket serveWalkIn(int counterNumber, String serviceCode) {
        Counter counter = desk.lock(counterNumber);
        var officer = desk.officerAt(counter);
        if (tickets.currentAt(counter.getId()).isPresent()) {
            throw new Refusal("problem.counter.busy", "Counter " + counterNumber + " is serving another ticket");
        }
        Instant now = time.now();
        Ticket ticket = newTicket(service(serviceCode), PriorityCategory.NONE, TicketOrigin.WALK_IN, time.dayOf(now),
                now);
        ticket.serveAtOnce(counter, officer, time.now(), null);
        history.record(ticket, TicketEventKind.WALK_IN, TicketStatus.WAITING, null);
        return ticket;
    }

    private CenterService service(String code) {
        CenterService service = services.service(code)
                .orElseThrow(() -> new Refusal("problem.service.unknown", "Unknown service: " + code));
        if (service.isRetired()) {
            throw new Refusal("problem.service.retired", "Service " + code + " is retired", service.getName());
        }
        return service;
    }

    private Ticket newTicket(CenterService service, PriorityCategory priority, TicketOrigin origin, LocalDate day,
            Instant now) {
        Center center = centers.profile();
        int seq = numbering.next(service.getId(), day, center);
        return tickets.save(new Ticket(service, day, seq, TicketNumbering.format(service.getLetter(), seq, center),
                priority, origin, trackingCode(), now));
    }

    String trackingCode() {
        char[] code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = TRACKING_ALPHABET[random.nextInt(TRACKING_ALPHABET.length)];
        }
        return new String(code);
    }
}
