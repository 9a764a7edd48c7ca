package vn.motcua.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.devices.rs485.KeypadCommand;
import vn.motcua.devices.rs485.PtyPair;
import vn.motcua.devices.simulator.SimulatedKeyPad;
import vn.motcua.devices.simulator.SimulatedLedBoard;
import vn.motcua.devices.transport.SerialTransport;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.internal.TicketRepository;
import vn.motcua.queue.TicketStatus;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.internal.RatingRepository;

/**
 * The server on real pseudo-terminals (socat), as on RS-485 adapters: the LED board and the pad/keypad are played
 * on the far ends. A key pressed on the device side becomes a call or a rating row linked to ticket and officer.
 */
@ServerTest
class CounterDevicesOverPtyTest {

    private static final int COUNTER_3 = 0x20 + 3;
    private static PtyPair displayCable;
    private static PtyPair keyCable;

    @DynamicPropertySource
    static void cables(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("motcua-rs485");
        displayCable = new PtyPair(Files.createDirectory(dir.resolve("displays")));
        keyCable = new PtyPair(Files.createDirectory(dir.resolve("keys")));
        registry.add("motcua.devices.display-port", () -> displayCable.host.toString());
        registry.add("motcua.devices.key-port", () -> keyCable.host.toString());
    }

    @AfterAll
    static void unplugCables() throws Exception {
        displayCable.close();
        keyCable.close();
    }

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    TicketRepository tickets;
    @Autowired
    RatingRepository ratings;
    @Autowired
    QueueTestData data;

    @Autowired
    KeyPresses presses;
    private long refusedBefore;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
        refusedBefore = presses.refused();
    }

    @Test
    void aKeypadUnpluggedAndPluggedBackCallsOnceNothingLostNothingDoubled() throws Exception {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        keyCable.unplug();
        keyCable.start();
        long pluggedIn = System.nanoTime();
        try (SimulatedKeyPad keys = new SimulatedKeyPad(SerialTransport.open(keyCable.device.toString(), 9600))) {
            // Presses made while the server has not reopened the port yet are lost on the wire, as with real
            // hardware; the officer presses again. Once through, exactly one ticket is called per press.
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250)).until(() -> {
                keys.press(COUNTER_3, KeypadCommand.RECALL);
                return tickets.findAll().stream().noneMatch(t -> t.getStatus() == TicketStatus.CALLED)
                        && keyBusReachedServer();
            });
            System.out.printf("key bus back %d ms after being plugged in%n", (System.nanoTime() - pluggedIn) / 1_000_000);
            keys.press(COUNTER_3, KeypadCommand.CALL_NEXT);
            await().atMost(Duration.ofSeconds(5)).until(() -> tickets.findAll().stream()
                    .filter(t -> t.getStatus() == TicketStatus.CALLED).count() == 1);
            Thread.sleep(500);
            assertThat(tickets.findAll()).filteredOn(t -> t.getStatus() == TicketStatus.CALLED).hasSize(1);
            assertThat(tickets.findAll()).filteredOn(t -> t.getStatus() == TicketStatus.WAITING).hasSize(1);
        }
    }

    private boolean keyBusReachedServer() {
        return presses.refused() > refusedBefore;
    }

    @Test
    void keysPressedOnTheDevicesCallAndRateThroughRealSerialPorts() throws Exception {
        try (SimulatedLedBoard board = SimulatedLedBoard.start(SerialTransport.open(displayCable.device.toString(), 9600));
             SimulatedKeyPad keys = new SimulatedKeyPad(SerialTransport.open(keyCable.device.toString(), 9600))) {
            issueTicket.issue("DD-GCN", PriorityCategory.NONE);

            keys.press(COUNTER_3, KeypadCommand.CALL_NEXT);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(board.shown(COUNTER_3)).as("board of counter 3").isNotNull().isEqualToIgnoringWhitespace("C001"));

            keys.press(COUNTER_3, KeypadCommand.FINISH);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> tickets.findAll().getFirst().getStatus() == TicketStatus.DONE);
            keys.rate(COUNTER_3, 1);

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(ratings.findAll()).singleElement()
                    .satisfies(rating -> {
                        assertThat(rating.getLevel()).isEqualTo(RatingLevel.VERY_SATISFIED);
                        assertThat(rating.getTicket().getNumber()).isEqualTo("C001");
                        assertThat(rating.getOfficer().getId()).isEqualTo(data.officerId("CB02"));
                    }));
            keys.rate(COUNTER_3, 4);
            Thread.sleep(300);
            assertThat(ratings.count()).as("a second press for the same ticket is not a second rating").isEqualTo(1);
        }
    }
}
