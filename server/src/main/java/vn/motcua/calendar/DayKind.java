package vn.motcua.calendar;

/** What a special day does to the usual week: closes the center, or opens it on a day that is usually off. */
public enum DayKind {
    /** A public holiday or a day off in exchange (nghỉ bù): closed whatever the weekday. */
    HOLIDAY,
    /** A make-up working day (làm bù): open, usually on a Saturday. */
    WORKING
}
