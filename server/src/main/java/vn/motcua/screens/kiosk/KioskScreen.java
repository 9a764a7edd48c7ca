package vn.motcua.screens.kiosk;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.center.Centers;
import vn.motcua.device.TicketPaper;
import vn.motcua.device.TicketPrinting;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.kiosk.CenterInfo;
import vn.motcua.kiosk.KioskPort;
import vn.motcua.kiosk.Priority;
import vn.motcua.live.LiveUpdates;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.IssueTicket.IssuedTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.queue.Ticket;

/** The ticket kiosk's view of the application: services with their waiting counts, issuing and printing. */
@Component
class KioskScreen implements KioskPort {

    private final Centers centers;
    private final Catalogue catalogue;
    private final IssueTicket issueTicket;
    private final QueueSnapshot snapshot;
    private final TicketPrinting printing;
    private final TrackingLinks links;
    private final LiveUpdates live;
    private final Duration idleTimeout;

    KioskScreen(Centers centers, Catalogue catalogue, IssueTicket issueTicket, QueueSnapshot snapshot,
            TicketPrinting printing, TrackingLinks links, LiveUpdates live,
            @Value("${motcua.kiosk.idle-timeout:30s}") Duration idleTimeout) {
        this.centers = centers;
        this.catalogue = catalogue;
        this.issueTicket = issueTicket;
        this.snapshot = snapshot;
        this.printing = printing;
        this.links = links;
        this.live = live;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public CenterInfo center() {
        return CenterInfos.of(centers);
    }

    @Override
    public List<ServiceChoice> services() {
        // Every kiosk shows the same counts: read once per delivery, however many kiosks stand in the hall.
        return live.sharedRead(ServiceChoice.class, () -> {
            Map<Long, QueueSnapshot.Waiting> waiting = snapshot.waitingPerService();
            return catalogue.services().stream()
                    .map(s -> new ServiceChoice(s.getCode(), s.getName(), s.getLetter(), s.getField().getName(),
                            waiting.getOrDefault(s.getId(), QueueSnapshot.Waiting.NOBODY).count()))
                    .toList();
        });
    }

    @Override
    public TicketReceipt issue(String serviceCode, Priority priority) {
        // The ticket commits here, before any printing: a printer failure must never cost the visitor their number.
        IssuedTicket issued = issueTicket.issue(serviceCode, PriorityCategory.valueOf(priority.name()));
        Ticket ticket = issued.ticket();
        return new TicketReceipt(ticket.getNumber(), ticket.getService().getName(), priority, ticket.getIssuedAt(),
                issued.peopleAhead(), issued.estimatedWait().minutes(), ticket.getTrackingCode(),
                links.trackingUrl(ticket.getTrackingCode()));
    }

    @Override
    public PrintResult print(TicketReceipt receipt) {
        // The receipt's own figures, not the queue as it is now: the paper must say what the screen says.
        PrintOutcome outcome = printing.print(new TicketPaper(receipt.number(), receipt.serviceName(),
                PriorityCategory.valueOf(receipt.priority().name()), receipt.issuedAt(), receipt.peopleAhead(),
                receipt.estimatedWaitMinutes(), receipt.trackingUrl()));
        return new PrintResult(outcome.printed(), outcome.problem());
    }

    @Override
    public Duration idleTimeout() {
        return idleTimeout;
    }

    @Override
    public void follow(com.vaadin.flow.component.Component view, Runnable refresh) {
        live.redrawWhileAttached(view, QueueEvent.class, WaitingCounts::change, refresh);
    }
}
