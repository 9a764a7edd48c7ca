package vn.motcua.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;

/** A running 64-bit digest of every value the generator writes, in order: the same year gives the same digest. */
final class HeavyDigest {

    private long state = 0x9E3779B97F4A7C15L;

    void add(Object value) {
        long bits = switch (value) {
            case null -> 0x5bd1e995L;
            case Number number -> number.longValue();
            case Boolean flag -> flag ? 1 : 2;
            case Instant at -> at.getEpochSecond() * 1_000_000_000L + at.getNano();
            case LocalDate day -> day.toEpochDay();
            case LocalTime time -> time.toNanoOfDay();
            default -> value.toString().hashCode();
        };
        state = Long.rotateLeft((state ^ bits) * 0xC2B2AE3D27D4EB4FL, 31) * 0x9E3779B97F4A7C15L;
    }

    String hex() {
        return HexFormat.of().toHexDigits(state);
    }
}
