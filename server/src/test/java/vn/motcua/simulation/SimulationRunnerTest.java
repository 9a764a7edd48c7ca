package vn.motcua.simulation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The simulated day never plays at a real center: not with the production profile, not without the demo data. */
class SimulationRunnerTest {

    @Test
    void refusesToStartWithTheProductionProfile() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("production");

        assertThatThrownBy(() -> runner(production, true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("production");
    }

    @Test
    void refusesToStartWithoutTheDemoCenter() {
        assertThatThrownBy(() -> runner(new MockEnvironment(), false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("motcua.demo.enabled=true");
    }

    @Test
    void startsOnTheDemoCenter() {
        assertThatCode(() -> runner(new MockEnvironment(), true)).doesNotThrowAnyException();
    }

    private static SimulationRunner runner(MockEnvironment environment, boolean demo) {
        return new SimulationRunner(null, null, null, null, environment, demo, 7, 180);
    }
}
