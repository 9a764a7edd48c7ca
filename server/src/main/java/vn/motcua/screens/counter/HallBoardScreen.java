package vn.motcua.screens.counter;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.center.Centers;
import vn.motcua.center.HallNotice;
import vn.motcua.center.PostedContactsChanged;
import vn.motcua.center.PublicAddress;
import vn.motcua.counter.HallBoardPort;
import vn.motcua.kiosk.QrCodeImage;
import vn.motcua.live.LiveUpdates;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.queue.QueueEvents.TicketCalled;
import vn.motcua.queue.QueueEvents.TicketChanged;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketEventKind;

/** The hall board's view of the application: the last calls, who waits per service, the notice, and each new call. */
@org.springframework.stereotype.Component
class HallBoardScreen implements HallBoardPort {

    private final Centers centers;
    private final Catalogue catalogue;
    private final QueueSnapshot snapshot;
    private final HallNotice hallNotice;
    private final LiveUpdates live;
    private final PublicAddress address;

    HallBoardScreen(Centers centers, Catalogue catalogue, QueueSnapshot snapshot, HallNotice hallNotice,
            LiveUpdates live, PublicAddress address) {
        this.address = address;
        this.centers = centers;
        this.catalogue = catalogue;
        this.snapshot = snapshot;
        this.hallNotice = hallNotice;
        this.live = live;
    }

    @Override
    public String centerName() {
        return centers.profile().getName();
    }

    @Override
    @Transactional(readOnly = true)
    public HallStatus hall() {
        // Every hall board shows the same: read once per delivery, however many boards hang in the hall.
        return live.sharedRead(HallStatus.class, this::read);
    }

    private HallStatus read() {
        Map<Long, QueueSnapshot.Waiting> waiting = snapshot.waitingPerService();
        List<ServiceQueue> queues = catalogue.services().stream()
                .map(s -> new ServiceQueue(s.getLetter(), s.getName(),
                        waiting.getOrDefault(s.getId(), QueueSnapshot.Waiting.NOBODY).count()))
                .toList();
        List<HallCall> lastCalls = snapshot.lastCalls().stream().map(HallBoardScreen::call).toList();
        return new HallStatus(lastCalls, queues, hallNotice.current());
    }

    @Override
    public HallContacts contacts() {
        // "tu=bang": feedback that came through the board's code is counted as the hall QR channel.
        String feedbackUrl = address.of("/phan-anh?tu=bang");
        return new HallContacts(centers.profile().getHotline(), centers.leaders().stream()
                .map(leader -> new Leader(leader.getTitle(), leader.getFullName(), leader.getPhone())).toList(),
                feedbackUrl, QrCodeImage.svgDataUrl(feedbackUrl));
    }

    @Override
    public void follow(Component view, Consumer<HallCall> onCall, Runnable refresh) {
        // The call event itself is announced: the board never works out from its lists what was called.
        live.whileAttached(view, QueueEvent.class, event -> true, event -> {
            if (event instanceof TicketCalled called) {
                onCall.accept(new HallCall(id(called.ticketId(), called.recalls(), called.calledAt()),
                        called.number(), called.counterNumber(), called.recall()));
            } else if (event instanceof TicketChanged changed && startsAtTheCounter(changed.kind())) {
                // Served at once without a call, yet on the board's list as a new call: announced like one.
                snapshot.call(changed.ticketId()).ifPresentOrElse(call -> onCall.accept(new HallCall(
                        id(call.ticketId(), call.recalls(), call.calledAt()), call.number(), call.counterNumber(),
                        false)), refresh);
            } else {
                refresh.run();
            }
        });
        live.redrawWhileAttached(view, HallNotice.Changed.class, event -> true, refresh);
        // The hotlines band is drawn once; a board that runs for weeks shows a new hotline or leader by reloading.
        live.redrawWhileAttached(view, PostedContactsChanged.class, event -> true,
                () -> view.getUI().ifPresent(ui -> ui.getPage().reload()));
    }

    private static boolean startsAtTheCounter(TicketEventKind kind) {
        return kind == TicketEventKind.WALK_IN || kind == TicketEventKind.SECOND_SERVICE;
    }

    private static HallCall call(Ticket ticket) {
        return new HallCall(id(ticket.getId(), ticket.getRecalls(), ticket.getCalledAt()), ticket.getNumber(),
                ticket.getCounter().getNumber(), ticket.getRecalls() > 0);
    }

    /** The same call, read from the board's list or from its event, has the same id; a recall or a new call not. */
    private static String id(long ticketId, int recalls, Instant calledAt) {
        return ticketId + "/" + recalls + "/" + calledAt.toEpochMilli();
    }
}
