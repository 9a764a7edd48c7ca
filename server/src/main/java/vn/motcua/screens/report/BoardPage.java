package vn.motcua.screens.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** The pages of the managers' board, in the order the wall TV shows them. */
public enum BoardPage {
    QUEUE("queue"), COUNTERS("counters"), SATISFACTION("satisfaction"), DOSSIERS("dossiers"), RANKINGS("rankings");

    private final String segment;

    BoardPage(String segment) {
        this.segment = segment;
    }

    /** The page's address under /board. */
    public String segment() {
        return segment;
    }

    String titleKey() {
        return "board.page." + segment;
    }

    static Optional<BoardPage> bySegment(String segment) {
        return Arrays.stream(values()).filter(page -> page.segment.equals(segment)).findFirst();
    }

    /**
     * The page a wall TV shows at a moment: each for {@code rotate}, one after the other. Taken from the clock, so
     * every TV in the center shows the same page, and a TV that reconnects picks up where the others are.
     */
    static BoardPage onTv(Instant at, Duration rotate) {
        long slot = Math.floorDiv(at.getEpochSecond(), rotate.toSeconds());
        return values()[(int) Math.floorMod(slot, values().length)];
    }
}
