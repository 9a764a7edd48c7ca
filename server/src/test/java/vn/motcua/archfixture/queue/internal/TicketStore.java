package vn.motcua.archfixture.queue.internal;

/** The queue module's inside. */
public class TicketStore {

    /** How many tickets are stored. */
    public int count() {
        return 0;
    }
}
