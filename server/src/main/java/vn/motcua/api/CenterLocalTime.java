package vn.motcua.api;

import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.center.CenterTime;

/** The center's wall-clock time of an instant, given beside it wherever a person reads the time. */
final class CenterLocalTime {

    private CenterLocalTime() {
    }

    static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, CenterTime.ZONE);
    }
}
