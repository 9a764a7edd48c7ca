package vn.motcua.queue;

/** A waiting ticket's class in the calling order: lower goes first, then the oldest within a class. */
public final class QueueRank {

    /** Carried over from an earlier day (seed 002: served first, no new number). */
    public static final int CARRIED_OVER = 0;
    /** Put back at the front: transferred from another queue, or an absent visitor who came back. */
    public static final int FRONT = 1;
    /** Elderly, disabled, pregnant, war invalid (seed 002). */
    public static final int PRIORITY = 2;
    public static final int ORDINARY = 3;

    private QueueRank() {
    }

    static int of(PriorityCategory priority) {
        return priority.isPriority() ? PRIORITY : ORDINARY;
    }
}
