package vn.motcua.dossier;

import java.time.Duration;

/**
 * A length of working time as staff count it: the whole working days it covered (opening to closing) and the working
 * time left over; {@code total} is both together, only the hours the center was open.
 */
public record WorkingSpan(Duration total, int days, Duration rest) {

    public static final WorkingSpan NONE = new WorkingSpan(Duration.ZERO, 0, Duration.ZERO);

    /** The total in working hours, for a spreadsheet's number (12.5 is twelve and a half working hours). */
    public double hours() {
        return total.toMinutes() / 60.0;
    }
}
