package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.BoardFigures.CounterLine;
import vn.motcua.report.BoardFigures.ServiceLine;

@ServerTest
class BoardFiguresTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    GiveRating giveRating;
    @Autowired
    BoardFigures board;
    @Autowired
    QueueTestData data;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    @Test
    void noRatingsYetMeansNoPercentage() {
        assertThat(board.satisfactionToday().total()).isZero();
        assertThat(board.satisfactionToday().satisfiedPercent()).isNull();
    }

    @Test
    void boardCountsWaitingCallsAndSatisfaction() {
        for (int i = 0; i < 4; i++) {
            issueTicket.issue("HT-KS", PriorityCategory.NONE);
        }
        issueTicket.issue("CA-CT", PriorityCategory.NONE);
        RatingLevel[] presses = {RatingLevel.VERY_SATISFIED, RatingLevel.SATISFIED, RatingLevel.UNSATISFIED};
        for (RatingLevel press : presses) {
            callNext.callNext(1);
            giveRating.rate(1, press);
        }

        assertThat(board.waitingPerService()).filteredOn(line -> line.letter().equals("A"))
                .extracting(ServiceLine::waiting).containsExactly(1L);
        assertThat(board.waitingPerService()).filteredOn(line -> line.letter().equals("G"))
                .extracting(ServiceLine::waiting).containsExactly(1L);
        assertThat(board.callsPerCounter()).filteredOn(line -> line.number() == 1)
                .extracting(CounterLine::callsToday).containsExactly(3L);
        BoardFigures.Satisfaction satisfaction = board.satisfactionToday();
        assertThat(satisfaction.total()).isEqualTo(3);
        assertThat(satisfaction.byLevel().get(RatingLevel.UNSATISFIED)).isEqualTo(1);
        assertThat(satisfaction.satisfiedPercent()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
    }
}
