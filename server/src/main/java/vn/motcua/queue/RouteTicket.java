package vn.motcua.queue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.officer.Officer;
import vn.motcua.catalogue.CenterService;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.internal.CounterRepository;
import vn.motcua.queue.internal.TicketRepository;

/** Moves a visit between queues: transfer, a second service in the same visit, an absent visitor's return. */
@Service
public class RouteTicket {

    private final CounterDesk desk;
    private final CounterRepository counters;
    private final Catalogue services;
    private final TicketRepository tickets;
    private final TicketHistory history;
    private final IssueTicket issueTicket;
    private final ReasonWords words;
    private final CenterTime time;

    RouteTicket(CounterDesk desk, CounterRepository counters, Catalogue services, TicketRepository tickets,
            TicketHistory history, IssueTicket issueTicket, ReasonWords words, CenterTime time) {
        this.desk = desk;
        this.counters = counters;
        this.services = services;
        this.tickets = tickets;
        this.history = history;
        this.issueTicket = issueTicket;
        this.words = words;
        this.time = time;
    }

    /**
     * Sends the counter's current ticket to another service's queue, or to one counter only, at the front:
     * the visitor keeps their number and does not queue again.
     */
    @Transactional
    public Ticket transfer(int counterNumber, String toServiceCode, Integer toCounterNumber, String reason) {
        if (toServiceCode == null && toCounterNumber == null) {
            throw new Refusal("problem.transfer.target", "A transfer needs a service or a counter");
        }
        if (reason != null && reason.strip().length() > FreeText.MAX) {
            throw new Refusal("problem.transfer.reason", "A transfer reason has at most " + FreeText.MAX + " characters");
        }
        Counter counter = desk.lock(counterNumber);
        Ticket ticket = desk.current(counter);
        CenterService to = toServiceCode == null ? ticket.getService() : services.service(toServiceCode)
                .orElseThrow(() -> new Refusal("problem.service.unknown", "Unknown service: " + toServiceCode));
        Counter onlyAt = toCounterNumber == null ? null : counters.findByNumber(toCounterNumber)
                .orElseThrow(() -> new Refusal("problem.counter.unknown", "Unknown counter: " + toCounterNumber));
        TicketStatus from = ticket.getStatus();
        ticket.transfer(desk.officerAt(counter), to, onlyAt, time.now());
        history.record(ticket, TicketEventKind.TRANSFERRED, from, words.transfer(to, onlyAt, reason));
        return ticket;
    }

    /** Serves another service in the same visit: the visitor keeps the number they hold. */
    @Transactional
    public Ticket secondService(int counterNumber, String serviceCode) {
        Counter counter = desk.lock(counterNumber);
        Officer officer = desk.officerAt(counter);
        Ticket current = desk.current(counter);
        CenterService service = services.service(serviceCode)
                .orElseThrow(() -> new Refusal("problem.service.unknown", "Unknown service: " + serviceCode));
        TicketStatus from = current.getStatus();
        current.finish(officer, time.now());
        history.record(current, TicketEventKind.FINISHED, from, words.secondService(service));
        Ticket visit = current.getVisitTicket() == null ? current : current.getVisitTicket();
        Ticket second = tickets.save(new Ticket(service, current.getServiceDay(), null, current.getNumber(),
                current.getPriority(), TicketOrigin.SECOND_SERVICE, issueTicket.trackingCode(), time.now()));
        second.serveAtOnce(counter, officer, time.now(), visit);
        history.record(second, TicketEventKind.SECOND_SERVICE, TicketStatus.WAITING, words.visit(visit.getNumber()));
        return second;
    }

    /** An absent visitor who comes back the same day goes to the front of their queue. */
    @Transactional
    public Ticket returnAfterNoShow(String trackingCode) {
        Ticket ticket = tickets.findByTrackingCode(trackingCode)
                .orElseThrow(() -> new Refusal("problem.ticket.unknown", "Unknown ticket " + trackingCode));
        ticket.returnAfterNoShow(time.today(), time.now());
        history.record(ticket, TicketEventKind.RETURNED, TicketStatus.NO_SHOW, null);
        return ticket;
    }
}
