package vn.motcua.device;

import java.time.Instant;
import vn.motcua.queue.PriorityCategory;

/**
 * What goes on a ticket's paper: the figures the issue step returned, printed as they are, so the paper says what
 * the kiosk's screen says, and a reprint says what the first attempt said.
 */
public record TicketPaper(String number, String serviceName, PriorityCategory priority, Instant issuedAt,
        long peopleAhead, long estimatedWaitMinutes, String trackingUrl) {
}
