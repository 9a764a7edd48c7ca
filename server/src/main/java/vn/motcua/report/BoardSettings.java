package vn.motcua.report;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The managers' board: a visitor waiting longer than {@code targetWait} is shown in red, and the wall TV
 * ({@code /board/tv}) shows each page for {@code rotate} before the next.
 */
@ConfigurationProperties("motcua.board")
public record BoardSettings(
        @DefaultValue("30m") Duration targetWait,
        @DefaultValue("15s") Duration rotate) {

    public BoardSettings {
        if (targetWait.isNegative() || targetWait.isZero()) {
            throw new IllegalArgumentException("motcua.board.target-wait must be positive, not " + targetWait);
        }
        if (rotate.toSeconds() < 1) {
            throw new IllegalArgumentException("motcua.board.rotate must be at least one second, not " + rotate);
        }
    }
}
