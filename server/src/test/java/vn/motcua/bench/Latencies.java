package vn.motcua.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latencies gathered by a benchmark, read as percentiles in milliseconds. */
final class Latencies {

    private final List<Long> nanos;

    Latencies(List<Long> nanos) {
        this.nanos = new ArrayList<>(nanos);
        Collections.sort(this.nanos);
    }

    int count() {
        return nanos.size();
    }

    double percentileMillis(double p) {
        int index = (int) Math.ceil(p / 100.0 * nanos.size()) - 1;
        return nanos.get(Math.clamp(index, 0, nanos.size() - 1)) / 1_000_000.0;
    }

    double maxMillis() {
        return nanos.getLast() / 1_000_000.0;
    }

    String summary() {
        return String.format(Locale.ROOT, "p50 %.2f ms  p99 %.2f ms  max %.2f ms", percentileMillis(50),
                percentileMillis(99), maxMillis());
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
