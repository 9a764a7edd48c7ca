package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Refusal;

/** Opening and closing time of one working day, in the center's local time. */
public record WorkingHours(LocalTime opens, LocalTime closes) {

    public WorkingHours {
        if (opens == null || closes == null) {
            throw new Refusal("problem.calendar.hoursMissing", "Both opening and closing time are required");
        }
        // A day ending at or before it starts would make every queue on it closed, and overnight shifts are not a
        // thing at a one-stop center: reject it here so no stored hours can be inverted.
        if (!closes.isAfter(opens)) {
            throw new Refusal("problem.calendar.closesBeforeOpens",
                    "Closing time " + closes + " must be after opening time " + opens);
        }
    }

    /** The moment the center opens on that day. */
    public Instant opensOn(LocalDate day) {
        return day.atTime(opens).atZone(CenterTime.ZONE).toInstant();
    }

    /** The moment the center closes on that day. */
    public Instant closesOn(LocalDate day) {
        return day.atTime(closes).atZone(CenterTime.ZONE).toInstant();
    }
}
