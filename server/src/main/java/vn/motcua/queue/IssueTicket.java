package vn.motcua.queue;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
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

    private static final char[] TRACKING_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final Catalogue services;
    private final TicketRepository tickets;
    private final TicketNumbering numbering;
    private final TicketHistory history;
    private final CounterDesk desk;
    private final Centers centers;
    private final WaitEstimate waitEstimate;
    private final CenterTime time;
    private final SecureRandom random = new SecureRandom();

    IssueTicket(Catalogue services, TicketRepository tickets, TicketNumbering numbering,
            TicketHistory history, CounterDesk desk, Centers centers, WaitEstimate waitEstimate,
            CenterTime time) {
        this.services = services;
        this.tickets = tickets;
        this.numbering = numbering;
        this.history = history;
        this.desk = desk;
        this.centers = centers;
        this.waitEstimate = waitEstimate;
        this.time = time;
    }

    /** The ticket just issued, how many are ahead of it, and about how long they will take. */
    public record IssuedTicket(Ticket ticket, long peopleAhead, WaitEstimate.Estimate estimatedWait) {
    }

    @Transactional
    public IssuedTicket issue(String serviceCode, PriorityCategory priority) {
        Ticket ticket = newTicket(service(serviceCode), priority == null ? PriorityCategory.NONE : priority,
                TicketOrigin.KIOSK);
        history.record(ticket, TicketEventKind.ISSUED, null, null);
        long ahead = tickets.countAhead(ticket.getService().getId(), ticket.getQueueRank(), ticket.getQueuedAt(),
                ticket.getId());
        return new IssuedTicket(ticket, ahead, waitEstimate.forService(ticket.getService(), ahead));
    }

    /** A visitor served at the counter without a ticket still gets a numbered record, attributed to the officer. */
    @Transactional
    public Ticket serveWalkIn(int counterNumber, String serviceCode) {
        Counter counter = desk.lock(counterNumber);
        var officer = desk.officerAt(counter);
        if (tickets.currentAt(counter.getId()).isPresent()) {
            throw new Refusal("problem.counter.busy", "Counter " + counterNumber + " is serving another ticket");
        }
        Ticket ticket = newTicket(service(serviceCode), PriorityCategory.NONE, TicketOrigin.WALK_IN);
        ticket.serveAtOnce(counter, officer, time.now(), null);
        history.record(ticket, TicketEventKind.WALK_IN, TicketStatus.WAITING, null);
        return ticket;
    }

    private CenterService service(String code) {
        return services.service(code)
                .orElseThrow(() -> new Refusal("problem.service.unknown", "Unknown service: " + code));
    }

    private Ticket newTicket(CenterService service, PriorityCategory priority, TicketOrigin origin) {
        Center center = centers.profile();
        Instant now = time.now();
        LocalDate day = time.dayOf(now);
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
