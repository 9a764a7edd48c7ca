package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.i18n.Refusal;

/**
 * The kiosk's burst limit (3 services within 3 minutes here): the fourth ticket for a different service at one kiosk
 * is refused politely, never a priority visitor's; the same service again (a family), another kiosk, or the minutes
 * having passed is fine; the limit 0 never refuses.
 */
@ServerTest
class KioskBurstTest {

    private static final String KIOSK = "Kiosk 1";

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void morning() {
        data.startOfDay();
        clock.set(LocalDateTime.of(2026, 11, 23, 9, 0));
        data.setting("kiosk_burst_limit", 3);
        data.setting("watch_burst_minutes", 3);
    }

    @AfterEach
    void noLimit() {
        data.setting("kiosk_burst_limit", 0);
        data.startOfDay();
    }

    @Test
    void theFourthDifferentServiceIsRefusedInWords() {
        takeThree();

        assertThatThrownBy(() -> issueTicket.issue("KD-HKD", PriorityCategory.NONE, KIOSK))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("problem.kiosk.burst");
                    assertThat(refused.args()).containsExactly(3);
                });
        assertThat(data.count("ticket")).isEqualTo(3);
    }

    @Test
    void aPriorityVisitorIsNeverRefusedAndDoesNotCount() {
        issueTicket.issue("HT-KS", PriorityCategory.ELDERLY, KIOSK);
        issueTicket.issue("TP-CT", PriorityCategory.DISABILITY, KIOSK);
        takeThree();

        assertThat(issueTicket.issue("KD-HKD", PriorityCategory.PREGNANT, KIOSK).ticket().getPriority())
                .isEqualTo(PriorityCategory.PREGNANT);
        assertThat(data.count("ticket")).isEqualTo(6);
    }

    @Test
    void theSameServiceAgainAnotherKioskOrLaterIsFine() {
        takeThree();

        issueTicket.issue("HT-KS", PriorityCategory.NONE, KIOSK);
        issueTicket.issue("KD-HKD", PriorityCategory.NONE, "Kiosk 2");
        clock.advance(Duration.ofMinutes(3).plusSeconds(1));
        issueTicket.issue("KD-HKD", PriorityCategory.NONE, KIOSK);

        assertThat(data.count("ticket")).isEqualTo(6);
    }

    @Test
    void theLimitZeroNeverRefuses() {
        data.setting("kiosk_burst_limit", 0);
        for (String service : new String[] {"HT-KS", "TP-CT", "DD-GCN", "XD-GP", "KD-HKD", "LD-TCXH", "CA-CT"}) {
            issueTicket.issue(service, PriorityCategory.NONE, KIOSK);
        }

        assertThat(data.count("ticket")).isEqualTo(7);
    }

    private void takeThree() {
        for (String service : new String[] {"HT-KS", "TP-CT", "DD-GCN"}) {
            issueTicket.issue(service, PriorityCategory.NONE, KIOSK);
            clock.advance(Duration.ofSeconds(20));
        }
    }
}
