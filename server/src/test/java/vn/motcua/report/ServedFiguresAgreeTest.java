package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.QueueTestData;
import vn.motcua.ServedDay;
import vn.motcua.ServerTest;
import vn.motcua.queue.ServedByOfficer;
import vn.motcua.report.CounterFigures.CounterNow;

/**
 * One definition of "served": the console's "Kết quả hôm nay", the board's counter line and the scorecard give the
 * same number for the same officer and day, through a take-over, an absence, a transfer, a walk-in and a second
 * service ({@link ServedDay}).
 */
@ServerTest
class ServedFiguresAgreeTest {

    @Autowired
    ServedDay day;
    @Autowired
    ServedByOfficer servedByOfficer;
    @Autowired
    CounterFigures counterFigures;
    @Autowired
    Scorecards scorecards;
    @Autowired
    QueueTestData data;

    @Test
    void theConsoleTheBoardAndTheScorecardCountTheSameServedVisitors() {
        day.play();

        long console = servedByOfficer.today(data.officerId("CB01")).served();
        long board = counterFigures.now(Map.of()).stream().filter(counter -> counter.number() == 1)
                .mapToLong(CounterNow::finishedToday).sum();
        long scorecard = scorecards.of("CB01", ReportPeriod.day(ServedDay.MONDAY)).total().ticketsServed();

        assertThat(console).as("A001, A003, the walk-in, A004 and its second service")
                .isEqualTo(ServedDay.SERVED_BY_HUONG);
        assertThat(board).as("the board's counter 1, where only Hương finished anything").isEqualTo(console);
        assertThat(scorecard).isEqualTo(console);
        assertThat(servedByOfficer.today(data.officerId("CB07")).served()).as("Ánh left before finishing").isZero();
        assertThat(scorecards.of("CB07", ReportPeriod.day(ServedDay.MONDAY)).total().ticketsServed()).isZero();
    }
}
