package vn.motcua.queue;

/** Who is served first (seed 002): anyone but NONE goes ahead of the ordinary queue. */
public enum PriorityCategory {
    NONE, ELDERLY, DISABILITY, PREGNANT, WAR_INVALID;

    public boolean isPriority() {
        return this != NONE;
    }
}
