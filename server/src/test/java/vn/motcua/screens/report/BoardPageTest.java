package vn.motcua.screens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.screens.report.BoardPage;

class BoardPageTest {

    private static final Duration ROTATE = Duration.ofSeconds(15);

    @Test
    void theTvShowsEachPageForTheRotationTimeInTurn() {
        Instant start = Instant.parse("2026-11-23T00:30:00Z");
        BoardPage first = BoardPage.onTv(start, ROTATE);

        assertThat(BoardPage.onTv(start.plusSeconds(14), ROTATE)).isEqualTo(first);
        assertThat(BoardPage.onTv(start.plusSeconds(15), ROTATE)).isEqualTo(next(first));
        assertThat(BoardPage.onTv(start.plusSeconds(30), ROTATE)).isEqualTo(next(next(first)));
        assertThat(BoardPage.onTv(start.plusSeconds(45), ROTATE)).isEqualTo(next(next(next(first))));
        assertThat(BoardPage.onTv(start.plusSeconds(15L * BoardPage.values().length), ROTATE)).isEqualTo(first);
    }

    @Test
    void pagesAreFoundByTheirAddress() {
        assertThat(BoardPage.bySegment("counters")).contains(BoardPage.COUNTERS);
        assertThat(BoardPage.bySegment("satisfaction")).contains(BoardPage.SATISFACTION);
        assertThat(BoardPage.bySegment("dossiers")).contains(BoardPage.DOSSIERS);
        assertThat(BoardPage.bySegment("nope")).isEmpty();
        assertThat(BoardPage.bySegment(null)).isEmpty();
    }

    private static BoardPage next(BoardPage page) {
        return BoardPage.values()[(page.ordinal() + 1) % BoardPage.values().length];
    }
}
