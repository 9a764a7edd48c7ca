package vn.motcua.queue;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.queue.QueueEvents.TicketIssued;

/** Issues a numbered ticket for a service: the kiosk's one transaction. */
@Service
public class IssueTicket {

    private static final char[] TRACKING_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final CenterServiceRepository services;
    private final TicketRepository tickets;
    private final TicketNumbering numbering;
    private final CenterTime time;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    IssueTicket(CenterServiceRepository services, TicketRepository tickets, TicketNumbering numbering,
            CenterTime time, ApplicationEventPublisher events) {
        this.services = services;
        this.tickets = tickets;
        this.numbering = numbering;
        this.time = time;
        this.events = events;
    }

    /** The ticket just issued and how many are ahead of it in its service's queue. */
    public record IssuedTicket(Ticket ticket, long peopleAhead) {
    }

    @Transactional
    public IssuedTicket issue(String serviceCode, PriorityCategory priority) {
        CenterService service = services.findByCode(serviceCode)
                .orElseThrow(() -> new QueueProblem("problem.service.unknown", "Unknown service: " + serviceCode));
        Instant now = time.now();
        LocalDate day = time.dayOf(now);
        int seq = numbering.next(service.getId(), day);
        Ticket ticket = tickets.save(new Ticket(service, day, seq, TicketNumbering.format(service.getLetter(), seq),
                priority == null ? PriorityCategory.NONE : priority, trackingCode(), now));
        long ahead = tickets.countAhead(service.getId(), ticket.getPriority().isPriority() ? 0 : 1, ticket.getId());
        events.publishEvent(new TicketIssued(ticket.getId(), ticket.getNumber(), service.getId()));
        return new IssuedTicket(ticket, ahead);
    }

    private String trackingCode() {
        char[] code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = TRACKING_ALPHABET[random.nextInt(TRACKING_ALPHABET.length)];
        }
        return new String(code);
    }
}
