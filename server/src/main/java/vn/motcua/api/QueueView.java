package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.queue.TicketStatus;

/** The whole queue at one moment: what the hall board and the managers' live board show. */
@Schema(description = "Snapshot of the queue")
record QueueView(
        @Schema(description = "Moment of the snapshot") Instant at,
        @Schema(description = "The same, in the center's local time") LocalDateTime atLocal,
        @Schema(description = "The center's working day") LocalDate day,
        List<ServiceQueue> services,
        List<CounterState> counters,
        @Schema(description = "Today's last calls, newest first") List<LastCall> lastCalls) {

    /** Who waits for one service. */
    @Schema(description = "The queue of one service")
    record ServiceQueue(
            @Schema(example = "HT-KS") String code,
            @Schema(example = "A") String letter,
            String name,
            @Schema(description = "Tickets waiting") long waiting,
            @Schema(description = "Minutes the longest-waiting ticket has queued; 0 when nobody waits")
            long longestWaitMinutes,
            @Schema(description = "Estimated wait in whole minutes for a ticket taken now") long estimatedWaitMinutes) {
    }

    /** One counter: who sits there, what it deals with now, how many it called today. */
    @Schema(description = "The state of one counter")
    record CounterState(
            @Schema(example = "1") int number,
            String name,
            @Schema(description = "Officer seated there; null when the counter is closed", nullable = true)
            OfficerView officer,
            @Schema(description = "Number of the ticket it deals with now", nullable = true, example = "A001")
            String currentTicket,
            @Schema(description = "CALLED or SERVING", nullable = true) TicketStatus currentStatus,
            @Schema(description = "Calls made today") long callsToday) {
    }

    /** A line of the hall board. */
    @Schema(description = "A recent call")
    record LastCall(
            @Schema(example = "A001") String number,
            @Schema(example = "1") Integer counter,
            Instant calledAt,
            @Schema(description = "Call time in the center's local time") LocalDateTime calledAtLocal) {
    }
}
