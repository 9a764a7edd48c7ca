package vn.motcua.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.outbox.internal.OutboxMessageRepository;

/**
 * Messages to citizens: posted in the caller's transaction (a message exists only if what it tells happened), then
 * handed to the first sender that takes its channel, with a growing wait between tries (1, 2, 4 ... minutes, 5 tries).
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    static final int TRIES = 5;

    private final OutboxMessageRepository messages;
    private final List<MessageSender> senders;
    private final Centers centers;
    private final CenterTime time;

    Outbox(OutboxMessageRepository messages, List<MessageSender> senders, Centers centers, CenterTime time) {
        this.messages = messages;
        this.senders = senders;
        this.centers = centers;
        this.time = time;
    }

    /** Posts a message about a subject; a channel without a recipient is only recorded. */
    @Transactional
    public OutboxMessage post(MessageChannel channel, String recipient, String text, String subjectKind,
            String subjectRef) {
        MessageChannel used = recipient == null || recipient.isBlank() ? MessageChannel.RECORD : channel;
        return messages.save(new OutboxMessage(centers.profile().getId(), used, recipient, text, subjectKind,
                subjectRef, time.now()));
    }

    /** The messages about a subject, oldest first. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> about(String subjectKind, String subjectRef) {
        return messages.findBySubjectKindAndSubjectRefOrderByCreatedAt(subjectKind, subjectRef);
    }

    /** Hands the waiting messages whose time has come to their senders; answers how many were handled. */
    @Transactional
    public int deliver() {
        Instant now = time.now();
        List<OutboxMessage> due = messages.findTop100ByStateAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(
                MessageState.WAITING, now);
        for (OutboxMessage message : due) {
            MessageSender sender = senders.stream().filter(each -> each.sends(message.getChannel())).findFirst()
                    .orElseThrow();
            try {
                message.delivered(sender.send(message), now);
            } catch (Exception failure) {
                int tried = message.getAttempts() + 1;
                log.warn("Message {} not sent (try {}): {}", message.getId(), tried, failure.getMessage());
                message.failed(String.valueOf(failure.getMessage()),
                        tried >= TRIES ? null : now.plus(Duration.ofMinutes(1L << (tried - 1))));
            }
        }
        return due.size();
    }

    /** Delivers every minute. */
    @Component
    @ConditionalOnProperty(name = "motcua.outbox.scheduled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private final Outbox outbox;

        Schedule(Outbox outbox) {
            this.outbox = outbox;
        }

        @Scheduled(initialDelay = 7_000, fixedDelay = 60_000)
        void deliverWaiting() {
            outbox.deliver();
        }
    }
}
