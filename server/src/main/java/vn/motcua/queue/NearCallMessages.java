package vn.motcua.queue;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.i18n.Translations;
import vn.motcua.outbox.MessageChannel;
import vn.motcua.outbox.Outbox;
import vn.motcua.queue.QueueEvents.TicketCalled;
import vn.motcua.queue.internal.TicketContactRepository;
import vn.motcua.queue.internal.TicketRepository;

/**
 * After each call, tells the visitors of that service who left a number and now have {@value #NEAR} or fewer ahead
 * that their turn is near: one SMS each, posted in the call's own transaction, never twice.
 */
@Component
class NearCallMessages {

    /** How many may still be ahead when the visitor is told. */
    static final int NEAR = 3;

    private final TicketContactRepository contacts;
    private final TicketRepository tickets;
    private final Outbox outbox;
    private final Centers centers;
    private final CenterTime time;
    private final Translations translations;

    NearCallMessages(TicketContactRepository contacts, TicketRepository tickets, Outbox outbox, Centers centers,
            CenterTime time, Translations translations) {
        this.contacts = contacts;
        this.tickets = tickets;
        this.outbox = outbox;
        this.centers = centers;
        this.time = time;
        this.translations = translations;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void called(TicketCalled called) {
        if (called.recall()) {
            return;
        }
        Instant now = time.now();
        for (Ticket waiting : contacts.untoldWaiting(called.serviceId(), time.today())) {
            long ahead = tickets.countAhead(waiting.getService().getId(), waiting.getQueueRank(),
                    waiting.getQueuedAt(), waiting.getId());
            if (ahead > NEAR) {
                // Everyone after this one waits longer still: a call counts ahead only for the few near their turn,
                // not for every visitor who left a number (this runs inside the call).
                break;
            }
            TicketContact contact = contacts.findById(waiting.getId()).orElseThrow();
            outbox.post(MessageChannel.SMS, contact.getPhone(), translations.getTranslation("ticket.near-call.sms",
                    Translations.VIETNAMESE, centers.profile().getName(), waiting.getNumber(), ahead),
                    TicketContacts.SUBJECT, waiting.getTrackingCode());
            contact.told(now);
            contacts.saveAndFlush(contact);
        }
    }
}
