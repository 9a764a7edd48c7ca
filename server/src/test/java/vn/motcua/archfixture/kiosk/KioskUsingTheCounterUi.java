package vn.motcua.archfixture.kiosk;

import vn.motcua.archfixture.counter.CounterScreenPort;

/** Breaks rule c: one UI module using the other. */
public class KioskUsingTheCounterUi {

    /** Borrows the counter's port. */
    public String counter(CounterScreenPort counter) {
        return counter.name();
    }
}
