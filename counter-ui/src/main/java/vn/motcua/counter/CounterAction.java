package vn.motcua.counter;

/** One thing the officer does at their counter, one console button (and function key) each. */
public sealed interface CounterAction {

    /** Finishes the current ticket, if any, and calls the next; nothing when nobody waits for this counter. */
    record CallNext() implements CounterAction {
    }

    /** Finishes the ticket being served; nothing when the counter serves none (a stale second press). */
    record Finish() implements CounterAction {
    }

    /** Calls the current visitor again; the recalls are counted. */
    record Recall() implements CounterAction {
    }

    /** The visitor has arrived at the counter. */
    record StartServing() implements CounterAction {
    }

    /** The called visitor did not come (allowed after the center's required recalls). */
    record NoShow() implements CounterAction {
    }

    /** Puts the current ticket aside with a comment, e.g. while the visitor fetches a document. */
    record Hold(String comment) implements CounterAction {
    }

    /** Takes back the ticket put aside last at this counter. */
    record Resume() implements CounterAction {
    }

    /** Sends the current ticket to the front of another service's queue; the visitor keeps the number. */
    record Transfer(String serviceCode) implements CounterAction {
    }

    /** Serves a visitor who has no ticket; a numbered record is still made. */
    record WalkIn(String serviceCode) implements CounterAction {
    }
}
