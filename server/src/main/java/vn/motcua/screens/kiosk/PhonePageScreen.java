package vn.motcua.screens.kiosk;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.Centers;
import vn.motcua.kiosk.CenterInfo;
import vn.motcua.kiosk.PhonePagePort;
import vn.motcua.live.LiveUpdates;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.queue.QueueSnapshot;

/** The phone page's view of the application: one ticket's progress, followed live. */
@Component
class PhonePageScreen implements PhonePagePort {

    private final Centers centers;
    private final QueueSnapshot snapshot;
    private final LiveUpdates live;

    PhonePageScreen(Centers centers, QueueSnapshot snapshot, LiveUpdates live) {
        this.centers = centers;
        this.snapshot = snapshot;
        this.live = live;
    }

    @Override
    public CenterInfo center() {
        return CenterInfos.of(centers);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TicketTracking> track(String trackingCode) {
        return snapshot.byTrackingCode(trackingCode).map(ticket -> new TicketTracking(ticket.getNumber(),
                ticket.getService().getName(), TrackingState.valueOf(ticket.getStatus().name()),
                snapshot.peopleAhead(ticket), ticket.getCounter() == null ? null : ticket.getCounter().getNumber()));
    }

    @Override
    @Transactional(readOnly = true)
    public void follow(com.vaadin.flow.component.Component view, String trackingCode, Runnable refresh) {
        // An unknown code has nothing that could change: the page says so once and sleeps.
        snapshot.byTrackingCode(trackingCode).ifPresent(ticket -> live.redrawWhileAttached(view, QueueEvent.class,
                new TicketWatch(ticket.getId(), ticket.getService().getId()), refresh));
    }
}
