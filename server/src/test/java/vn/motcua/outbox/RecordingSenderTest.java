package vn.motcua.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.motcua.ServerTest;

/** Without {@code motcua.sms.url} no SMS leaves the center: every message, an SMS to a phone too, is recorded. */
@ServerTest
class RecordingSenderTest {

    @Autowired
    Outbox outbox;
    @Autowired
    ApplicationContext context;

    @Test
    void withoutAGatewayAnSmsIsRecorded() {
        assertThat(context.getBeanNamesForType(HttpSmsSender.class)).isEmpty();
        OutboxMessage message = outbox.post(MessageChannel.SMS, "0912345678", "Hồ sơ đã có kết quả", "DOSSIER",
                "recording-sender-test");

        outbox.deliver();

        assertThat(outbox.about("DOSSIER", "recording-sender-test")).singleElement().satisfies(done -> {
            assertThat(done.getId()).isEqualTo(message.getId());
            assertThat(done.getState()).isEqualTo(MessageState.RECORDED);
            assertThat(done.getChannel()).isEqualTo(MessageChannel.SMS);
            assertThat(done.getAttempts()).isEqualTo(1);
        });
    }
}
