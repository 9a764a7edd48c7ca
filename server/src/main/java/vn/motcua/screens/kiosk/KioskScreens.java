package vn.motcua.screens.kiosk;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.Center;
import vn.motcua.center.Centers;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.device.TicketPrinting;
import vn.motcua.kiosk.KioskPort;
import vn.motcua.kiosk.Priority;
import vn.motcua.live.LiveUpdates;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.IssueTicket.IssuedTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.queue.Ticket;


/** The kiosk's and the phone page's view of the application. */
@Component
class KioskScreens implements KioskPort {

    private final Centers centers;
    private final Catalogue services;
    private final IssueTicket issueTicket;
    private final QueueSnapshot snapshot;
    private final TicketPrinting printing;
    private final TrackingLinks links;
    private final LiveUpdates live;
    private final Duration idleTimeout;

    KioskScreens(Centers centers, Catalogue services,
            IssueTicket issueTicket, QueueSnapshot snapshot, TicketPrinting printing, TrackingLinks links,
            LiveUpdates live, @Value("${motcua.kiosk.idle-timeout:30s}") Duration idleTimeout) {
        this.centers = centers;
        this.services = services;
        this.issueTicket = issueTicket;
        this.snapshot = snapshot;
        this.printing = printing;
        this.links = links;
        this.live = live;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public CenterInfo center() {
        Center center = centers.profile();
        return new CenterInfo(center.getName(), center.getHotline(), centers.leaders().stream()
                .map(leader -> new Leader(leader.getTitle(), leader.getFullName(), leader.getPhone()))
                .toList());
    }

    @Override
    public List<ServiceChoice> services() {
        Map<Long, QueueSnapshot.Waiting> waiting = snapshot.waitingPerService();
        return services.services().stream()
                .map(s -> new ServiceChoice(s.getCode(), s.getName(), s.getLetter(), s.getField().getName(),
                        waiting.getOrDefault(s.getId(), QueueSnapshot.Waiting.NOBODY).count()))
                .toList();
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
    @Transactional(readOnly = true)
    public PrintResult print(String trackingCode) {
        return snapshot.byTrackingCode(trackingCode)
                .map(ticket -> {
                    long ahead = snapshot.peopleAhead(ticket);
                    long waitMinutes = snapshot.estimatedWait(ticket.getService(), ahead).minutes();
                    return printResult(printing.print(ticket, ahead, waitMinutes, links.trackingUrl(trackingCode)));
                })
                .orElseGet(() -> new PrintResult(false, "unknown ticket"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TicketTracking> track(String trackingCode) {
        return snapshot.byTrackingCode(trackingCode).map(ticket -> new TicketTracking(ticket.getNumber(),
                ticket.getService().getName(), TrackingState.valueOf(ticket.getStatus().name()),
                snapshot.peopleAhead(ticket), ticket.getCounter() == null ? null : ticket.getCounter().getNumber()));
    }

    private static PrintResult printResult(PrintOutcome outcome) {
        return new PrintResult(outcome.printed(), outcome.problem());
    }

    @Override
    public Duration idleTimeout() {
        return idleTimeout;
    }

    @Override
    public Registration onQueueChange(Runnable listener) {
        return live.subscribe(Object.class, event -> true, event -> listener.run());
    }
}
