package vn.motcua.catalogue;

/** How a procedure's legal handling time is counted on the working calendar. */
public enum LegalTimeUnit {
    /** Whole working days from reception. */
    WORKING_DAYS,
    /** Working hours, for short procedures. */
    WORKING_HOURS,
    /** "Trong ngày": returned the day it is received. */
    SAME_DAY
}
