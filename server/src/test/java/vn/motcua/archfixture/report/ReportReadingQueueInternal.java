package vn.motcua.archfixture.report;

import vn.motcua.archfixture.queue.internal.TicketStore;

/** Breaks rule b: a report reaching into the queue's internal package instead of its public face. */
public class ReportReadingQueueInternal {

    /** Counts tickets behind the queue's back. */
    public int tickets(TicketStore store) {
        return store.count();
    }
}
