package vn.motcua.device;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import vn.motcua.queue.PriorityCategory;

/**
 * What goes on a ticket's paper: the figures the issue step returned, printed as they are, so the paper says what
 * the kiosk's screen says, and a reprint says what the first attempt said. {@code ticketDay} is the day the ticket is
 * for, named on the paper when it is not the day of issue; {@code callsFrom} the opening time when it is taken before.
 */
public record TicketPaper(String number, String serviceName, PriorityCategory priority, Instant issuedAt,
        long peopleAhead, long estimatedWaitMinutes, String trackingUrl, LocalDate ticketDay, LocalTime callsFrom) {
}
