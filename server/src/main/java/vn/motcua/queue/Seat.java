package vn.motcua.queue;

/**
 * A counter its caller was found seated at, by {@link CounterWork#seat}: the work done there takes one, so nothing
 * is done at a counter in another officer's name. Good for the request that checked it, not to be kept.
 */
public final class Seat {

    private final int counterNumber;
    private final Caller caller;

    Seat(int counterNumber, Caller caller) {
        this.counterNumber = counterNumber;
        this.caller = caller;
    }

    public int counterNumber() {
        return counterNumber;
    }

    public Caller caller() {
        return caller;
    }
}
