package vn.motcua.screens.kiosk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.kiosk.CenterInfo;
import vn.motcua.kiosk.PhonePagePort;
import vn.motcua.i18n.Refusal;
import vn.motcua.live.LiveUpdates;
import vn.motcua.outbox.OutboxMessage;
import vn.motcua.queue.Counter;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketContacts;
import vn.motcua.queue.TicketEventKind;

/**
 * The phone page's view of the application: one ticket's progress in every state, followed live, and the number its
 * visitor may leave to be texted.
 */
@Component
class PhonePageScreen implements PhonePagePort {

    private final Centers centers;
    private final QueueSnapshot snapshot;
    private final LiveUpdates live;
    private final WorkingCalendar calendar;
    private final CenterTime time;
    private final TicketContacts contacts;
    private final CenterSettings settings;

    PhonePageScreen(Centers centers, QueueSnapshot snapshot, LiveUpdates live, WorkingCalendar calendar,
            CenterTime time, TicketContacts contacts, CenterSettings settings) {
        this.centers = centers;
        this.snapshot = snapshot;
        this.live = live;
        this.calendar = calendar;
        this.time = time;
        this.contacts = contacts;
        this.settings = settings;
    }

    @Override
    public CenterInfo center() {
        return CenterInfos.of(centers);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TicketTracking> track(String trackingCode) {
        return snapshot.byTrackingCode(trackingCode).map(this::tracking);
    }

    private TicketTracking tracking(Ticket ticket) {
        TrackingState state = state(ticket);
        long ahead = snapshot.peopleAhead(ticket);
        long wait = !isQueued(state) ? 0 : snapshot.estimatedWait(ticket.getService(), ahead).minutes();
        Counter counter = state == TrackingState.TRANSFERRED ? ticket.getTargetCounter() : ticket.getCounter();
        return new TicketTracking(ticket.getNumber(), ticket.getService().getName(), state, ahead, wait,
                counter == null ? null : counter.getNumber(), ticket.getHoldComment(), ticket.getQueueDay(),
                isQueued(state) ? callsFrom(ticket.getQueueDay()) : null);
    }

    private boolean stillOpen(LocalDate today) {
        return calendar.closingTime(today).map(time.now()::isBefore).orElse(false);
    }

    private TrackingState state(Ticket ticket) {
        LocalDate today = time.today();
        return switch (ticket.getStatus()) {
            case WAITING -> {
                if (ticket.getCalledAt() != null
                        && snapshot.lastChange(ticket).orElse(null) == TicketEventKind.TRANSFERRED) {
                    yield TrackingState.TRANSFERRED;
                }
                if (ticket.getCarriedFrom() != null) {
                    yield TrackingState.CARRIED_OVER;
                }
                yield ticket.getQueueDay().isAfter(today) ? TrackingState.UPCOMING : TrackingState.WAITING;
            }
            case CALLED -> TrackingState.CALLED;
            case SERVING -> TrackingState.SERVING;
            case HELD -> TrackingState.HELD;
            // An absent visitor may come back while the center is open that day; after closing there is no way back.
            case NO_SHOW -> ticket.getQueueDay().equals(today) && stillOpen(today) ? TrackingState.ABSENT
                    : TrackingState.EXPIRED;
            case DONE -> TrackingState.DONE;
        };
    }

    private static boolean isQueued(TrackingState state) {
        return state == TrackingState.WAITING || state == TrackingState.UPCOMING
                || state == TrackingState.CARRIED_OVER || state == TrackingState.TRANSFERRED;
    }

    /** The opening time of the ticket's day while that is still ahead: before opening, or a later day. */
    private LocalTime callsFrom(LocalDate day) {
        Instant now = time.now();
        return calendar.openingTime(day).filter(now::isBefore)
                .map(opens -> LocalTime.ofInstant(opens, CenterTime.ZONE)).orElse(null);
    }

    @Override
    public Optional<ContactShown> contact(String trackingCode) {
        try {
            return contacts.of(trackingCode).map(contact -> new ContactShown(contact.maskedPhone(),
                    progress(contact.messages())));
        } catch (Refusal unknownTicket) {
            return Optional.empty();
        }
    }

    /** The near-call message's progress: the last one posted, if any. */
    private static MessageProgress progress(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return MessageProgress.NOT_YET;
        }
        return switch (messages.getLast().getState()) {
            case WAITING -> MessageProgress.WAITING;
            case SENT -> MessageProgress.SENT;
            case RECORDED, FAILED -> MessageProgress.NOT_SENT;
        };
    }

    @Override
    public Optional<String> giveContact(String trackingCode, String phone, boolean consent) {
        try {
            contacts.give(trackingCode, phone, consent);
            return Optional.empty();
        } catch (Refusal refused) {
            return Optional.of(refused.messageKey());
        }
    }

    @Override
    public void withdrawContact(String trackingCode) {
        try {
            contacts.withdraw(trackingCode);
        } catch (Refusal unknownTicket) {
            // Nothing was kept for a code that opens no ticket.
        }
    }

    @Override
    public int contactKeptDays() {
        return settings.current().get(CenterSettings.Setting.WATCH_DAYS);
    }

    @Override
    @Transactional(readOnly = true)
    public void follow(com.vaadin.flow.component.Component view, String trackingCode, Runnable refresh) {
        // An unknown code has nothing that could change: the page says so once and sleeps.
        snapshot.byTrackingCode(trackingCode).ifPresent(ticket -> live.redrawWhileAttached(view, QueueEvent.class,
                new TicketWatch(ticket.getId(), ticket.getService().getId()), refresh));
    }
}
