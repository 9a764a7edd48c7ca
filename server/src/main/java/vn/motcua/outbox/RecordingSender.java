package vn.motcua.outbox;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The default sender: takes every channel and only records the message (no gateway is configured). */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RecordingSender implements MessageSender {

    @Override
    public boolean sends(MessageChannel channel) {
        return true;
    }

    @Override
    public MessageState send(OutboxMessage message) {
        return MessageState.RECORDED;
    }
}
