package vn.motcua.archfixture.queue;

import vn.motcua.archfixture.queue.internal.TicketStore;

/** The queue module's public face; it may use its own inside. */
public class QueueFacts {

    private final TicketStore store = new TicketStore();

    /** How many tickets wait. */
    public int waiting() {
        return store.count();
    }
}
