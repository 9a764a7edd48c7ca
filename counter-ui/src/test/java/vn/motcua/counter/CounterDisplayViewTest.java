package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.counter.CounterDisplayPort.CounterShown;

/** The screen above a counter on a fake port: ready, closed, calling, and only its own counter. */
class CounterDisplayViewTest extends FakePortsTest {

    private final FakeCounterDisplayPort port = FakeScreens.use(CounterDisplayPort.class, new FakeCounterDisplayPort());

    @Test
    void aCounterWithAnOfficerAndNoTicketIsReady() {
        port.counters.put(3, new CounterShown(Optional.of("Trần Văn Đức"), Optional.empty()));
        CounterDisplayView display = navigate(CounterDisplayView.class, 3);

        assertThat(spanText("display-counter-name")).isEqualTo("Quầy 3");
        assertThat(spanText("display-idle")).isEqualTo("Quầy đang sẵn sàng");
        assertThat(spanText("display-officer")).isEqualTo("Cán bộ: Trần Văn Đức");
        assertThat(display.getClassNames()).contains("ready").doesNotContain("closed", "serving");
    }

    @Test
    void aCounterWithNobodySeatedIsClosed() {
        port.counters.put(6, new CounterShown(Optional.empty(), Optional.empty()));
        CounterDisplayView display = navigate(CounterDisplayView.class, 6);

        assertThat(spanText("display-idle")).isEqualTo("Quầy tạm nghỉ");
        assertThat(find(Span.class).withClassName("display-officer").exists()).isFalse();
        assertThat(display.getClassNames()).contains("closed").doesNotContain("ready");
    }

    @Test
    void theDisplayFollowsItsOwnCounterAndShowsTheCallItIsToldOf() {
        port.counters.put(3, new CounterShown(Optional.of("Trần Văn Đức"), Optional.empty()));
        navigate(CounterDisplayView.class, 3);
        assertThat(port.followed.getAsInt()).isEqualTo(3);

        port.counters.put(3, new CounterShown(Optional.of("Trần Văn Đức"), Optional.of(new CalledTicket("C001",
                "Đất đai", false, 3, "Trần Văn Đức", Instant.parse("2026-11-23T00:30:00Z"), false, 0))));
        port.refresh.run();

        assertThat(spanText("display-invite")).isEqualTo("Xin mời số");
        assertThat(spanText("display-number")).isEqualTo("C001");
        assertThat(find(Span.class).withClassName("display-idle").exists()).isFalse();
    }

    @Test
    void aCounterTheCenterDoesNotHaveSaysSo() {
        navigate(CounterDisplayView.class, 42);

        assertThat(viewText()).contains("Không có quầy này.");
    }
}
