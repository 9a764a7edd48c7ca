package vn.motcua.watch;

/** What a manager does about a broker signal. */
public enum WatchActionKind {
    WATCH,
    WARN,
    REPORT_TO_POLICE
}
