package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketStatus;

/** What the phone page behind a ticket's QR code shows: where the visitor stands, and where to go once called. */
@Schema(description = "A ticket as its holder follows it")
record TrackedTicketView(
        @Schema(description = "Ticket number (số thứ tự)", example = "A001") String number,
        @Schema(example = "HT-KS") String serviceCode,
        String serviceName,
        TicketStatus status,
        @Schema(description = "Tickets that will be called before this one; 0 once called") long peopleAhead,
        @Schema(description = "Estimated wait in whole minutes; 0 once called") long estimatedWaitMinutes,
        @Schema(description = "Counter (quầy) to go to, once called", nullable = true, example = "1") Integer counter,
        @Schema(nullable = true) String counterName,
        Instant issuedAt,
        @Schema(nullable = true) Instant calledAt,
        @Schema(description = "Call time in the center's local time", nullable = true) LocalDateTime calledAtLocal) {

    static TrackedTicketView of(Ticket ticket, long peopleAhead, long estimatedWaitMinutes) {
        boolean waiting = ticket.getStatus() == TicketStatus.WAITING;
        return new TrackedTicketView(ticket.getNumber(), ticket.getService().getCode(), ticket.getService().getName(),
                ticket.getStatus(), peopleAhead, waiting ? estimatedWaitMinutes : 0,
                ticket.getCounter() == null ? null : ticket.getCounter().getNumber(),
                ticket.getCounter() == null ? null : ticket.getCounter().getName(),
                ticket.getIssuedAt(), ticket.getCalledAt(), CenterLocalTime.of(ticket.getCalledAt()));
    }
}
