package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.outbox.MessageChannel;
import vn.motcua.outbox.MessageState;
import vn.motcua.outbox.OutboxMessage;

/** One message to the citizen and how its delivery went. */
@Schema(description = "A message to the citizen (SMS or kept on record) and where its delivery stands")
record MessageView(
        @Schema(description = "RECORD when there was no phone to send to") MessageChannel channel,
        @Schema(description = "The phone, all but its last 3 digits hidden", example = "•••••••678") String recipient,
        @Schema(description = "The text, in Vietnamese") String text,
        @Schema(description = "WAITING for its (next) try, SENT, RECORDED only (no gateway), FAILED after 5 tries")
        MessageState state,
        @Schema(description = "How many times the sender tried") int attempts,
        @Schema(description = "What the gateway said at the last failed try", nullable = true) String lastError,
        Instant createdAt, LocalDateTime createdAtLocal,
        @Schema(nullable = true) Instant nextAttemptAt,
        @Schema(nullable = true) Instant sentAt) {

    static MessageView of(OutboxMessage message) {
        return new MessageView(message.getChannel(), message.getMaskedRecipient(), message.getText(),
                message.getState(), message.getAttempts(), message.getLastError().orElse(null), message.getCreatedAt(),
                CenterLocalTime.of(message.getCreatedAt()), message.getNextAttemptAt().orElse(null),
                message.getSentAt().orElse(null));
    }
}
