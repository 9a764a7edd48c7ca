package vn.motcua.queue;

/** Where a ticket is in its visit. */
public enum TicketStatus {
    /** In a queue, waiting to be called. */
    WAITING,
    /** Called to a counter; the visitor is on the way. */
    CALLED,
    /** The visitor is at the counter. */
    SERVING,
    /** Put aside at the counter with a comment (the visitor fetches a document), to be resumed. */
    HELD,
    /** Served. */
    DONE,
    /** Called and recalled, and did not come; may return the same day. */
    NO_SHOW
}
