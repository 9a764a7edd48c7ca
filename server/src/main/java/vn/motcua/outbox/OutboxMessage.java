package vn.motcua.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/** One message to a citizen, about one subject (a dossier's code, later a ticket or feedback), and how it went. */
@Entity
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private MessageChannel channel;
    @Column(updatable = false)
    private String recipient;
    @Column(updatable = false)
    private String text;
    @Enumerated(EnumType.STRING)
    private MessageState state;
    @Column(updatable = false)
    private String subjectKind;
    @Column(updatable = false)
    private String subjectRef;
    @Column(updatable = false)
    private Instant createdAt;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private String lastError;

    protected OutboxMessage() {
    }

    OutboxMessage(Integer centerId, MessageChannel channel, String recipient, String text, String subjectKind,
            String subjectRef, Instant createdAt) {
        this.centerId = centerId;
        this.channel = channel;
        this.recipient = recipient;
        this.text = text;
        this.subjectKind = subjectKind;
        this.subjectRef = subjectRef;
        this.createdAt = createdAt;
        this.state = MessageState.WAITING;
        this.nextAttemptAt = createdAt;
    }

    /** The sender delivered it (or, for the recording sender, kept it on the record). */
    void delivered(MessageState outcome, Instant at) {
        this.state = outcome;
        this.attempts++;
        this.sentAt = at;
        this.nextAttemptAt = null;
        this.lastError = null;
    }

    /** The sender failed: try again at {@code retryAt}, or give up (retryAt null). */
    void failed(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = error;
        this.nextAttemptAt = retryAt;
        if (retryAt == null) {
            this.state = MessageState.FAILED;
        }
    }

    public Long getId() {
        return id;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    /** A phone number or address as staff and visitors may see it: all but its last 3 characters hidden. */
    public static String masked(String recipient) {
        if (recipient == null) {
            return "";
        }
        int shown = Math.min(3, recipient.length());
        return "•".repeat(recipient.length() - shown) + recipient.substring(recipient.length() - shown);
    }

    /** The recipient as it may be shown (empty when none). */
    public String getMaskedRecipient() {
        return masked(recipient);
    }

    public Optional<String> getRecipient() {
        return Optional.ofNullable(recipient);
    }

    public String getText() {
        return text;
    }

    public MessageState getState() {
        return state;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }

    /** When the next try is due; empty once sent, recorded or given up. */
    public Optional<Instant> getNextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }
}
