package vn.motcua.queue;

/** What happened to a ticket, as its history records it. */
public enum TicketEventKind {
    ISSUED, CALLED, RECALLED, SERVING, FINISHED, NO_SHOW, RETURNED, HELD, RESUMED, TRANSFERRED, WALK_IN,
    SECOND_SERVICE, CARRIED_OVER
}
