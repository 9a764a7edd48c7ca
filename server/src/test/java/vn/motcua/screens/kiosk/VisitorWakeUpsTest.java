package vn.motcua.screens.kiosk;

import java.time.Instant;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.motcua.queue.QueueEvents.CounterClosed;
import vn.motcua.queue.QueueEvents.CounterOpened;
import vn.motcua.queue.QueueEvents.TicketCalled;
import vn.motcua.queue.QueueEvents.TicketChanged;
import vn.motcua.queue.QueueEvents.TicketIssued;
import vn.motcua.queue.TicketEventKind;

/** Which queue events wake a kiosk and a phone page: the ones that can change what they show, and no others. */
class VisitorWakeUpsTest {

    private static final long BIRTHS = 1;
    private static final long LAND = 3;

    @Test
    void theKioskWakesWhenATicketEntersOrLeavesAWaitingLine() {
        assertThat(WaitingCounts.change(new TicketIssued(10, "A001", BIRTHS))).isTrue();
        assertThat(WaitingCounts.change(new TicketCalled(10, "A001", BIRTHS, 1, 7, false, 0, Instant.EPOCH))).isTrue();
        assertThat(WaitingCounts.change(new TicketChanged(10, "A001", LAND, TicketEventKind.TRANSFERRED, 1))).isTrue();
        assertThat(WaitingCounts.change(new TicketChanged(10, "A001", BIRTHS, TicketEventKind.RETURNED, null))).isTrue();
        assertThat(WaitingCounts.change(new TicketChanged(10, "A001", BIRTHS, TicketEventKind.CARRIED_OVER, null)))
                .isTrue();
    }

    @Test
    void theKioskSleepsThroughWhatHappensAtTheCounters() {
        assertThat(WaitingCounts.change(new TicketCalled(10, "A001", BIRTHS, 1, 7, true, 1, Instant.EPOCH))).isFalse();
        assertThat(WaitingCounts.change(new TicketChanged(10, "A001", BIRTHS, TicketEventKind.SERVING, 1))).isFalse();
        assertThat(WaitingCounts.change(new TicketChanged(10, "A001", BIRTHS, TicketEventKind.FINISHED, 1))).isFalse();
        assertThat(WaitingCounts.change(new TicketChanged(10, "A001", BIRTHS, TicketEventKind.HELD, 1))).isFalse();
        assertThat(WaitingCounts.change(new CounterOpened(1, 7))).isFalse();
        assertThat(WaitingCounts.change(new CounterClosed(1))).isFalse();
    }

    @Test
    void aPhoneWakesForItsOwnTicketAndForTicketsOfItsService() {
        TicketWatch watch = new TicketWatch(10, BIRTHS);

        assertThat(watch.test(new TicketCalled(10, "A001", BIRTHS, 2, 7, false, 0, Instant.EPOCH))).as("its own call").isTrue();
        assertThat(watch.test(new TicketIssued(11, "A002", BIRTHS))).as("a newcomer, maybe ahead of it").isTrue();
        assertThat(watch.test(new TicketCalled(12, "A003", BIRTHS, 1, 7, false, 0, Instant.EPOCH))).as("one ahead called").isTrue();

        assertThat(watch.test(new TicketIssued(20, "C001", LAND))).as("another service").isFalse();
        assertThat(watch.test(new TicketChanged(21, "C002", LAND, TicketEventKind.FINISHED, 3))).isFalse();
        assertThat(watch.test(new CounterOpened(1, 7))).isFalse();
    }

    @Test
    void aPhoneFollowsItsTicketIntoTheServiceItIsTransferredTo() {
        TicketWatch watch = new TicketWatch(10, BIRTHS);

        assertThat(watch.test(new TicketChanged(10, "A001", LAND, TicketEventKind.TRANSFERRED, 1))).isTrue();

        assertThat(watch.test(new TicketIssued(20, "C001", LAND))).as("now its service").isTrue();
        assertThat(watch.test(new TicketIssued(11, "A002", BIRTHS))).as("no longer its service").isFalse();
    }
}
