package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.motcua.queue.IssueTicket.IssuedTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketStatus;

/** The ticket just taken: what the kiosk prints and the visitor keeps. */
@Schema(description = "A ticket just issued")
record IssuedTicketView(
        @Schema(example = "42") long id,
        @Schema(description = "Ticket number (số thứ tự)", example = "A001") String number,
        @Schema(example = "HT-KS") String serviceCode,
        String serviceName,
        PriorityCategory priority,
        TicketStatus status,
        @Schema(description = "Tickets of the same service that will be called before this one") long peopleAhead,
        @Schema(description = "Estimated wait in whole minutes") long estimatedWaitMinutes,
        @Schema(description = "Secret code of the ticket's phone page (QR code)", example = "k7m2p9xq4hbn")
        String trackingCode,
        @Schema(description = "Path of the phone page behind the QR code", example = "/t/k7m2p9xq4hbn")
        String trackingPath,
        @Schema(description = "When it was issued (ISO-8601 instant)") Instant issuedAt,
        @Schema(description = "The same, in the center's local time (Asia/Ho_Chi_Minh)") LocalDateTime issuedAtLocal,
        @Schema(description = "The day the ticket is for (its queue day): today, or the next working day when the "
                + "center issues tickets after closing time or on a day off", example = "2026-11-30")
        LocalDate ticketDay,
        @Schema(description = "Taken before its day opens: the opening time from which numbers are called, in the "
                + "center's local time; null when the center is open", nullable = true,
                example = "2026-11-30T07:30:00") LocalDateTime callsFromLocal) {

    static IssuedTicketView of(IssuedTicket issued) {
        Ticket ticket = issued.ticket();
        return new IssuedTicketView(ticket.getId(), ticket.getNumber(), ticket.getService().getCode(),
                ticket.getService().getName(), ticket.getPriority(), ticket.getStatus(), issued.peopleAhead(),
                issued.estimatedWait().minutes(), ticket.getTrackingCode(), "/t/" + ticket.getTrackingCode(),
                ticket.getIssuedAt(), CenterLocalTime.of(ticket.getIssuedAt()), ticket.getQueueDay(),
                CenterLocalTime.of(issued.callsFrom()));
    }
}
