package vn.motcua.archfixture.devices;

import vn.motcua.archfixture.queue.QueueFacts;

/** Breaks rule d: a driver depending on another module of the project. */
public class DriverReadingTheQueue {

    /** Asks the queue. */
    public int waiting(QueueFacts queue) {
        return queue.waiting();
    }
}
