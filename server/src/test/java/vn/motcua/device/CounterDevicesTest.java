package vn.motcua.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.devices.rs485.KeyBus;
import vn.motcua.devices.rs485.KeypadCommand;
import vn.motcua.devices.simulator.SimulatedKeyPad;
import vn.motcua.devices.simulator.SimulatedLedBoard;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.internal.TicketRepository;
import vn.motcua.queue.TicketStatus;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.internal.RatingRepository;

/** The counters' RS-485 devices wired to the queue, over the simulated buses the demo runs on. */
@ServerTest
class CounterDevicesTest {

    private static final int COUNTER_3 = 0x20 + 3;

    @Autowired
    SimulatedKeyPad keys;
    @Autowired
    SimulatedLedBoard boards;
    @Autowired
    KeyBus keyBus;
    @Autowired
    KeyPresses presses;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    TicketRepository tickets;
    @Autowired
    RatingRepository ratings;
    @Autowired
    QueueTestData data;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    @Test
    void keypadCallsTheNextTicketAndTheCountersBoardShowsIt() throws Exception {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);

        keys.press(COUNTER_3, KeypadCommand.CALL_NEXT);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            Ticket called = tickets.findAll().getFirst();
            assertThat(called.getStatus()).isEqualTo(TicketStatus.CALLED);
            assertThat(called.getCounter().getNumber()).isEqualTo(3);
            assertThat(called.getOfficer().getId()).isEqualTo(data.officerId("CB02"));
            assertThat(boards.shown(COUNTER_3)).as("board of counter 3").isNotNull().isEqualToIgnoringWhitespace("C001");
        });
    }

    @Test
    void aPadKeyBecomesARatingOfTheTicketJustServedLinkedToItsOfficer() throws Exception {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        keys.press(COUNTER_3, KeypadCommand.CALL_NEXT);
        await().atMost(Duration.ofSeconds(5)).until(() -> tickets.findAll().getFirst().getStatus() == TicketStatus.CALLED);
        keys.press(COUNTER_3, KeypadCommand.FINISH);
        await().atMost(Duration.ofSeconds(5)).until(() -> tickets.findAll().getFirst().getStatus() == TicketStatus.DONE);

        keys.rate(COUNTER_3, 2);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(ratings.findAll()).singleElement()
                .satisfies(rating -> {
                    assertThat(rating.getLevel()).isEqualTo(RatingLevel.SATISFIED);
                    assertThat(rating.getTicket().getNumber()).isEqualTo("C001");
                    assertThat(rating.getOfficer().getId()).isEqualTo(data.officerId("CB02"));
                    assertThat(rating.getCounter().getNumber()).isEqualTo(3);
                }));
    }

    @Test
    void padKeyFiveIsTheWorstFaceOfAFiveLevelScaleAndRefusedOnFourLevels() throws Exception {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        keys.press(COUNTER_3, KeypadCommand.CALL_NEXT);
        await().atMost(Duration.ofSeconds(5)).until(() -> tickets.findAll().getFirst().getStatus() == TicketStatus.CALLED);
        keys.press(COUNTER_3, KeypadCommand.FINISH); // the pad rates a visitor served, not one only called
        await().atMost(Duration.ofSeconds(5)).until(() -> tickets.findAll().getFirst().getStatus() == TicketStatus.DONE);
        long refusedBefore = presses.refused();

        keys.rate(COUNTER_3, 5);
        // The frame passes the bus, but the center's default four faces have no fifth: refused, nothing stored.
        await().atMost(Duration.ofSeconds(5)).until(() -> presses.refused() > refusedBefore);
        assertThat(ratings.count()).isZero();

        data.setting("rating_scale", 5);
        keys.rate(COUNTER_3, 5);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(ratings.findAll()).singleElement()
                .satisfies(rating -> assertThat(rating.getLevel()).isEqualTo(RatingLevel.VERY_UNSATISFIED)));
    }

    @Test
    void noiseOnTheKeyBusIsCountedAndTheNextPressStillWorks() throws Exception {
        long badBefore = keyBus.health().framesBad();
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);

        keys.sendRaw(new byte[] {0x07, 0x55, 0x01, 0x23, 0x7F, (byte) 0xFF, 0x00});
        keys.press(COUNTER_3, KeypadCommand.CALL_NEXT);

        await().atMost(Duration.ofSeconds(5)).until(() -> tickets.findAll().getFirst().getStatus() == TicketStatus.CALLED);
        assertThat(keyBus.health().framesBad()).isGreaterThan(badBefore);
    }
}
