package vn.motcua.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.ServerTest;

/** The set-up steps read the center's own rows: the demo center is set up; a center without counters is not. */
@ServerTest
class CenterSetupTest {

    @Autowired
    CenterSetup setup;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCenterHasEveryStepDone() {
        assertThat(setup.steps()).extracting(SetupStep::kind).containsExactly(SetupStep.Kind.CENTER,
                SetupStep.Kind.CALENDAR, SetupStep.Kind.SERVICES, SetupStep.Kind.COUNTERS);
        assertThat(setup.steps()).allMatch(SetupStep::done);
    }

    @Test
    @Transactional
    void countersServingNothingLeaveTheLastStepToDo() {
        jdbc.sql("delete from counter_service").update();
        assertThat(setup.steps()).filteredOn(step -> !step.done()).extracting(SetupStep::kind)
                .containsExactly(SetupStep.Kind.COUNTERS);
    }
}
