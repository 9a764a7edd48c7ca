package vn.motcua.archfixture.counter;

/** Keeps rule c: the other UI module's port. */
public interface CounterScreenPort {

    /** The counter's name. */
    String name();
}
