package vn.motcua.queue;

/** Where a ticket is in its visit. */
public enum TicketStatus {
    WAITING, CALLED, DONE
}
