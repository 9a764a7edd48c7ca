package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketOrigin;
import vn.motcua.queue.TicketStatus;

/** A ticket as the officer at a counter sees it after acting on it. */
@Schema(description = "A ticket at a counter")
record TicketView(
        @Schema(example = "42") long id,
        @Schema(description = "Ticket number (số thứ tự)", example = "A001") String number,
        @Schema(example = "HT-KS") String serviceCode,
        String serviceName,
        PriorityCategory priority,
        TicketStatus status,
        @Schema(description = "KIOSK, WALK_IN (served without a ticket) or SECOND_SERVICE (same visit)")
        TicketOrigin origin,
        @Schema(description = "Counter dealing with it, or that last dealt with it", nullable = true) Integer counter,
        @Schema(description = "After a transfer to one counter only: that counter", nullable = true)
        Integer targetCounter,
        @Schema(description = "Officer who called or served it", nullable = true) OfficerView officer,
        @Schema(description = "Times it was called again (gọi lại)") int recalls,
        @Schema(description = "Why it is held (tạm dừng)", nullable = true) String holdComment,
        String trackingCode,
        Instant issuedAt,
        @Schema(nullable = true) Instant calledAt,
        @Schema(description = "Call time in the center's local time", nullable = true) LocalDateTime calledAtLocal,
        @Schema(nullable = true) Instant servedAt,
        @Schema(nullable = true) Instant finishedAt) {

    static TicketView of(Ticket ticket) {
        return new TicketView(ticket.getId(), ticket.getNumber(), ticket.getService().getCode(),
                ticket.getService().getName(), ticket.getPriority(), ticket.getStatus(), ticket.getOrigin(),
                ticket.getCounter() == null ? null : ticket.getCounter().getNumber(),
                ticket.getTargetCounter() == null ? null : ticket.getTargetCounter().getNumber(),
                OfficerView.of(ticket.getOfficer()), ticket.getRecalls(), ticket.getHoldComment(),
                ticket.getTrackingCode(), ticket.getIssuedAt(), ticket.getCalledAt(),
                CenterLocalTime.of(ticket.getCalledAt()), ticket.getServedAt(), ticket.getFinishedAt());
    }
}
