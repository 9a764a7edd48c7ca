package vn.motcua.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Refusal;
import vn.motcua.outbox.Outbox;
import vn.motcua.outbox.OutboxMessage;
import vn.motcua.queue.internal.TicketContactRepository;
import vn.motcua.queue.internal.TicketRepository;

/**
 * A visitor's phone number for their ticket, taken only with their consent (personal data: Nghị định 13/2023), used
 * only to say their turn is near, and forgotten when they withdraw it.
 */
@Service
public class TicketContacts {

    /** What the outbox messages about a ticket name as their subject (its tracking code is the reference). */
    public static final String SUBJECT = "TICKET";
    /** A Vietnamese mobile number: 0 or +84, then a mobile network prefix and eight digits. */
    private static final Pattern MOBILE = Pattern.compile("(?:0|\\+84)([35789][0-9]{8})");

    private final TicketRepository tickets;
    private final TicketContactRepository contacts;
    private final Outbox outbox;
    private final CenterSettings settings;
    private final CenterTime time;

    TicketContacts(TicketRepository tickets, TicketContactRepository contacts, Outbox outbox,
            CenterSettings settings, CenterTime time) {
        this.tickets = tickets;
        this.contacts = contacts;
        this.outbox = outbox;
        this.settings = settings;
        this.time = time;
    }

    /** The number of a ticket's visitor, and the messages sent to it. */
    public record Contact(String maskedPhone, List<OutboxMessage> messages) {
    }

    /** Takes the number for a waiting ticket; refused without consent, for a number that is no mobile, or too late. */
    @Transactional
    public TicketContact give(String trackingCode, String phone, Boolean consent) {
        Ticket ticket = ticket(trackingCode);
        if (!Boolean.TRUE.equals(consent)) {
            throw new Refusal("problem.contact.consent-missing", "The visitor did not consent to leave a number");
        }
        String mobile = mobile(phone).orElseThrow(() -> new Refusal("problem.contact.phone-invalid",
                "Not a Vietnamese mobile number: " + phone));
        if (ticket.getStatus() != TicketStatus.WAITING) {
            throw new Refusal("problem.contact.ticket-finished",
                    "Ticket " + ticket.getNumber() + " no longer waits: " + ticket.getStatus());
        }
        TicketContact contact = contacts.findById(ticket.getId())
                .orElseGet(() -> new TicketContact(ticket.getId(), mobile, time.now()));
        contact.renew(mobile, time.now());
        return contacts.saveAndFlush(contact);
    }

    /** Forgets the ticket's number (nothing to forget is fine); messages already sent stay on record, masked. */
    @Transactional
    public void withdraw(String trackingCode) {
        contacts.findById(ticket(trackingCode).getId()).ifPresent(contacts::delete);
    }

    /** The ticket's number, masked, with the messages about the ticket; empty when the visitor left none. */
    @Transactional(readOnly = true)
    public Optional<Contact> of(String trackingCode) {
        Ticket ticket = ticket(trackingCode);
        return contacts.findById(ticket.getId()).map(contact -> new Contact(OutboxMessage.masked(contact.getPhone()),
                outbox.about(SUBJECT, ticket.getTrackingCode())));
    }

    /**
     * Forgets the numbers given more than the broker watch's days ago (the longest they serve), except a ticket's that
     * still waits; answers how many.
     */
    @Transactional
    public int forgetOld() {
        Instant before = time.now().minus(Duration.ofDays(settings.current().get(CenterSettings.Setting.WATCH_DAYS)));
        List<TicketContact> old = contacts.findByConsentAtBefore(before).stream()
                .filter(contact -> tickets.findById(contact.getTicketId())
                        .map(ticket -> ticket.getStatus() != TicketStatus.WAITING).orElse(true))
                .toList();
        contacts.deleteAll(old);
        return old.size();
    }

    /** The number written 0xxxxxxxxx, whatever spaces, dots or country code it was typed with. */
    static Optional<String> mobile(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var matcher = MOBILE.matcher(typed.replaceAll("[\\s.\\-()]", ""));
        return matcher.matches() ? Optional.of("0" + matcher.group(1)) : Optional.empty();
    }

    /** Forgets old numbers each night. */
    @Component
    @ConditionalOnProperty(name = "motcua.ticket-contacts.scheduled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private final TicketContacts contacts;

        Schedule(TicketContacts contacts) {
            this.contacts = contacts;
        }

        @Scheduled(cron = "0 20 0 * * *", zone = "Asia/Ho_Chi_Minh")
        void forgetOld() {
            contacts.forgetOld();
        }
    }

    private Ticket ticket(String trackingCode) {
        return tickets.findByTrackingCode(trackingCode == null ? "" : trackingCode.strip())
                .orElseThrow(() -> new Refusal("problem.ticket.unknown", "Unknown ticket " + trackingCode));
    }
}
