package vn.motcua.kiosk;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Whether the kiosk issues tickets now and for which day, from the center's working calendar: {@code day} is the day
 * a ticket taken now is for, or the day the center opens again when none is issued (null when the calendar has no
 * working day); {@code opens} its opening time.
 */
public record KioskHours(Issuing issuing, LocalDate day, LocalTime opens) {

    /** What the kiosk does now. */
    public enum Issuing {
        /** Tickets for today, called now. */
        OPEN,
        /** Before opening on a working day: tickets for today, called from the opening time. */
        BEFORE_OPENING,
        /** After hours, the center allowing it: tickets for the next working day. */
        NEXT_DAY,
        /** After closing time: no ticket. */
        AFTER_HOURS,
        /** A day off: no ticket. */
        DAY_OFF,
        /** A real center's first set-up is not finished (no service or no counter yet): no ticket. */
        SETTING_UP
    }

    public boolean issues() {
        return issuing == Issuing.OPEN || issuing == Issuing.BEFORE_OPENING || issuing == Issuing.NEXT_DAY;
    }
}
