package vn.motcua.outbox;

/**
 * Delivers a message on one channel. A center's SMS gateway, Zalo or mail sender implements it; with none configured
 * the {@link RecordingSender} keeps messages on the record.
 */
public interface MessageSender {

    /** Whether this sender takes messages of the channel. */
    boolean sends(MessageChannel channel);

    /**
     * Delivers the message; throws when it could not (the outbox tries again later). Answers the state the message is
     * in once delivered.
     */
    MessageState send(OutboxMessage message) throws Exception;
}
