package vn.motcua.watch;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import vn.motcua.center.CenterSettings.Setting;

/** The days the watch looks back over, up to now, and the center's thresholds for each signal. */
record WatchWindow(int centerId, Instant from, Instant to, Map<Setting, Integer> settings) {

    static WatchWindow of(int centerId, Instant now, Map<Setting, Integer> settings) {
        return new WatchWindow(centerId, now.minus(Duration.ofDays(settings.get(Setting.WATCH_DAYS))), now, settings);
    }

    int get(Setting setting) {
        return settings.get(setting);
    }

    int days() {
        return get(Setting.WATCH_DAYS);
    }

    Timestamp fromStamp() {
        return Timestamp.from(from);
    }

    Timestamp toStamp() {
        return Timestamp.from(to);
    }
}
