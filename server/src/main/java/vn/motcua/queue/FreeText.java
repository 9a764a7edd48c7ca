package vn.motcua.queue;

/** Limits on what officers type into a ticket's history (the columns hold 500; the engine adds its own words). */
final class FreeText {

    static final int MAX = 400;

    private FreeText() {
    }
}
