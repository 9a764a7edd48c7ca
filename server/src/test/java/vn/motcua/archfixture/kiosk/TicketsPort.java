package vn.motcua.archfixture.kiosk;

/** Keeps rule c: a UI module's port, in its own terms. */
public interface TicketsPort {

    /** How many tickets wait. */
    long waiting();
}
