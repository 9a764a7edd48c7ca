package vn.motcua.archfixture.kiosk;

import vn.motcua.archfixture.queue.QueueFacts;

/** Breaks rule c: a UI class importing a server class instead of asking its port. */
public class KioskReadingTheQueue {

    /** Asks the server directly. */
    public int waiting(QueueFacts queue) {
        return queue.waiting();
    }
}
