package vn.motcua.queue;

/** How a ticket came to be: from the kiosk, or made at the counter so every visit is on record. */
public enum TicketOrigin {
    KIOSK, WALK_IN, SECOND_SERVICE
}
