package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.i18n.Refusal;
import vn.motcua.outbox.MessageChannel;
import vn.motcua.outbox.Outbox;

/**
 * A phone number for a ticket, only with consent: refused without it or for a number that is no Vietnamese mobile,
 * forgotten on withdrawal, and texted once when 3 or fewer are ahead after a call; tickets without a number get
 * nothing.
 */
@ServerTest
class TicketContactsTest {

    @Autowired
    TicketContacts contacts;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    Outbox outbox;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
        jdbc.sql("delete from outbox_message where subject_kind = 'TICKET'").update();
    }

    @Test
    void withoutConsentNoNumberIsKept() {
        String code = issue().getTrackingCode();

        refused(() -> contacts.give(code, "0912345678", false), "problem.contact.consent-missing");
        refused(() -> contacts.give(code, "0912345678", null), "problem.contact.consent-missing");

        assertThat(data.count("ticket_contact")).isZero();
        assertThat(contacts.of(code)).isEmpty();
    }

    @Test
    void onlyAVietnameseMobileNumberIsTaken() {
        String code = issue().getTrackingCode();
        for (String bad : List.of("", "0123", "1912345678", "0212345678", "+8412345", "09123456789", "091234567a",
                "+1 912 345 678")) {
            refused(() -> contacts.give(code, bad, true), "problem.contact.phone-invalid");
        }
        refused(() -> contacts.give(code, null, true), "problem.contact.phone-invalid");
        assertThat(data.count("ticket_contact")).isZero();

        TicketContact kept = contacts.give(code, "+84 912.345.678", true);

        assertThat(kept.getPhone()).as("written one way, so the same number is found again").isEqualTo("0912345678");
        assertThat(kept.getConsentAt()).isEqualTo(clock.instant());
        assertThat(contacts.of(code)).hasValueSatisfying(contact ->
                assertThat(contact.maskedPhone()).isEqualTo("•••••••678"));
    }

    @Test
    void withdrawingForgetsTheNumber() {
        String code = issue().getTrackingCode();
        contacts.give(code, "0912345678", true);
        assertThat(jdbc.sql("select phone from ticket_contact").query(String.class).list()).containsExactly("0912345678");

        contacts.withdraw(code);

        assertThat(data.count("ticket_contact")).isZero();
        assertThat(contacts.of(code)).isEmpty();
        contacts.withdraw(code);
        refused(() -> contacts.withdraw("nosuchcode42"), "problem.ticket.unknown");
    }

    @Test
    void aTicketThatNoLongerWaitsIsRefused() {
        Ticket served = issue();
        callNext.callNext(1);
        serve.startServing(1);
        serve.finish(1);

        refused(() -> contacts.give(served.getTrackingCode(), "0912345678", true), "problem.contact.ticket-finished");
        refused(() -> contacts.give("nosuchcode42", "0912345678", true), "problem.ticket.unknown");
    }

    @Test
    void theNearCallMessageGoesOnceWhenThreeOrFewerAreAhead() {
        List<Ticket> line = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            line.add(issue());
        }
        Ticket sixth = line.get(5);
        contacts.give(sixth.getTrackingCode(), "0912345678", true);

        callNext.callNext(1);
        assertThat(outbox.about(TicketContacts.SUBJECT, sixth.getTrackingCode()))
                .as("4 still ahead after A001's call").isEmpty();

        serve.startServing(1);
        callNext.callNext(1);
        assertThat(outbox.about(TicketContacts.SUBJECT, sixth.getTrackingCode())).singleElement()
                .satisfies(message -> {
                    assertThat(message.getChannel()).isEqualTo(MessageChannel.SMS);
                    assertThat(message.getRecipient()).contains("0912345678");
                    assertThat(message.getText()).contains("A006 sắp đến lượt", "còn 3 người phía trước");
                    assertThat(message.getCreatedAt()).isEqualTo(clock.instant());
                });
        assertThat(jdbc.sql("select near_call_sent_at is not null from ticket_contact").query(Boolean.class).single())
                .isTrue();

        serve.startServing(1);
        callNext.callNext(1);
        serve.startServing(1);
        callNext.callNext(1);
        assertThat(outbox.about(TicketContacts.SUBJECT, sixth.getTrackingCode())).as("once").hasSize(1);
        for (Ticket other : line.subList(0, 5)) {
            assertThat(outbox.about(TicketContacts.SUBJECT, other.getTrackingCode())).as("no number, no message")
                    .isEmpty();
        }
    }

    @Test
    void aNumberGivenWhenAlreadyNextIsToldAtTheNextCall() {
        issue();
        issue();
        Ticket third = issue();
        contacts.give(third.getTrackingCode(), "0987654321", true);
        assertThat(outbox.about(TicketContacts.SUBJECT, third.getTrackingCode())).as("told after a call").isEmpty();

        callNext.callNext(1);

        assertThat(outbox.about(TicketContacts.SUBJECT, third.getTrackingCode())).singleElement()
                .satisfies(message -> assertThat(message.getText()).contains("A003", "còn 1 người"));
    }

    @Test
    void numbersAreForgottenAfterTheWatchDaysUnlessTheirTicketStillWaits() {
        Ticket served = issue();
        Ticket waiting = issue();
        contacts.give(served.getTrackingCode(), "0912345678", true);
        contacts.give(waiting.getTrackingCode(), "0987654321", true);
        callNext.callNext(1);
        serve.startServing(1);
        serve.finish(1);
        clock.advance(Duration.ofDays(29));
        assertThat(contacts.forgetOld()).as("within the 30 watch days").isZero();

        clock.advance(Duration.ofDays(2));

        assertThat(contacts.forgetOld()).isEqualTo(1);
        assertThat(jdbc.sql("select phone from ticket_contact").query(String.class).list())
                .containsExactly("0987654321");
    }

    private Ticket issue() {
        return issueTicket.issue("HT-KS", PriorityCategory.NONE).ticket();
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }
}
