package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.devices.rs485.PtyPair;
import vn.motcua.devices.simulator.SimulatedLedBoard;
import vn.motcua.devices.simulator.SimulatedLedBoard.ReceivedFrame;
import vn.motcua.devices.transport.SerialTransport;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.Counters;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.screens.device.DevicesView;

/**
 * The LED boards' bus on a real pseudo-terminal (socat), pulled out while idle and plugged back: the managers'
 * devices screen says it is down while it is, and counts the reconnect; the board gets the number called again.
 */
class DevicesScreenOverPtyTest extends ScreenTest {

    private static final int COUNTER_3 = 0x20 + 3;
    private static PtyPair displayCable;

    @DynamicPropertySource
    static void cable(DynamicPropertyRegistry registry) throws Exception {
        displayCable = new PtyPair(Files.createTempDirectory("motcua-led-bus"));
        registry.add("motcua.devices.display-port", () -> displayCable.host.toString());
    }

    @AfterAll
    static void unplugCable() throws Exception {
        displayCable.close();
    }

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    Counters counters;

    @Test
    void theScreenShowsTheDisplayBusDownWhileUnpluggedAndOneReconnectAfterwards() throws Exception {
        try (var board = SimulatedLedBoard.start(SerialTransport.open(displayCable.device.toString(), 9600))) {
            issueTicket.issue("DD-GCN", PriorityCategory.NONE);
            callNext.callNext(3);
            // The call blinks: 7 frames, ending on the number.
            await().atMost(Duration.ofSeconds(5)).until(() -> board.framesFor(COUNTER_3).stream()
                    .filter(frame -> frame.text().isBlank()).count() == 3
                    && board.shown(COUNTER_3) != null && "C001".equals(board.shown(COUNTER_3).strip()));
        }
        callers.signIn("giamdoc");
        navigate(DevicesView.class);
        assertThat(displayBusRow()).contains("Đang hoạt động", "0 lần kết nối lại");

        displayCable.unplug();
        // Polled on the test thread: the screen lives in its session there.
        await().pollInSameThread().atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(refreshedDisplayBusRow())
                .contains("Mất kết nối từ", "0 lần kết nối lại").doesNotContain("Đang hoạt động"));
        Thread.sleep(2_000);
        assertThat(refreshedDisplayBusRow()).contains("Mất kết nối từ");

        displayCable.start();
        try (var board = SimulatedLedBoard.start(SerialTransport.open(displayCable.device.toString(), 9600))) {
            await().atMost(Duration.ofSeconds(2)).until(() -> !board.framesFor(COUNTER_3).isEmpty());
            assertThat(refreshedDisplayBusRow()).contains("Đang hoạt động", "1 lần kết nối lại");
            Thread.sleep(1_500);
            assertThat(board.framesFor(COUNTER_3)).as("the number called, once, nothing changed meanwhile")
                    .extracting(frame -> frame.text().strip()).containsExactly("C001");
            // Every counter's board, not only those that had news since the server started, gets its text once.
            assertThat(board.frames()).extracting(ReceivedFrame::address)
                    .containsExactlyInAnyOrderElementsOf(counters.all().stream().map(c -> 0x20 + c.getNumber()).toList());
        }
    }

    private String refreshedDisplayBusRow() {
        test(find(Button.class).withClassName("devices-refresh").single()).click();
        return displayBusRow();
    }

    private String displayBusRow() {
        return find(Div.class).withClassName("board-row")
                .withCondition(row -> row.getElement().getTextRecursively().startsWith("Bảng LED số quầy"))
                .single().getElement().getTextRecursively();
    }
}
