package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.counter.ConsolePort.CounterInfo;
import vn.motcua.counter.ConsolePort.OfficerInfo;
import vn.motcua.counter.ConsolePort.ServiceOption;
import vn.motcua.counter.CounterAction.CallNext;
import vn.motcua.counter.CounterAction.Finish;
import vn.motcua.counter.CounterAction.Hold;
import vn.motcua.counter.CounterAction.NoShow;
import vn.motcua.counter.CounterAction.Recall;
import vn.motcua.counter.CounterAction.StartServing;
import vn.motcua.counter.FakeConsolePort.Act;

/** The officer's console on a fake port: what it shows of the counter, and which action each button sends. */
class CounterConsoleViewTest extends FakePortsTest {

    private final FakeConsolePort port = FakeScreens.use(ConsolePort.class, new FakeConsolePort());

    @BeforeEach
    void anOfficerSeatedAtCounter3() {
        port.counters.add(new CounterInfo(1, "Quầy 1 – Hộ tịch", null, null));
        port.counters.add(new CounterInfo(3, "Quầy 3 – Đất đai", 7L, "Trần Văn Đức"));
        port.officers.add(new OfficerInfo(7, "Trần Văn Đức", "Phòng Tài nguyên"));
        port.services.add(new ServiceOption("XD-GP", "D · Cấp giấy phép xây dựng"));
    }

    @Test
    void theCalledTicketIsShownWithWhatCanBeDoneWithIt() {
        port.current = Optional.of(ticket("C001", false, 1));
        navigate("counter/3", CounterConsoleView.class);

        assertThat(spanText("console-number")).isEqualTo("C001");
        assertThat(spanText("console-state")).isEqualTo("Đang mời");
        assertThat(spanText("console-called-at")).isEqualTo("Gọi lúc 07:30 · Đã gọi lại 1 lần");
        assertThat(button("console-start").isEnabled()).isTrue();
        assertThat(button("console-recall").isEnabled()).isTrue();
        assertThat(button("console-walk-in").isEnabled()).as("the counter is busy").isFalse();
    }

    @Test
    void aServedTicketIsShownAsServed() {
        port.current = Optional.of(ticket("C001", true, 0));
        navigate("counter/3", CounterConsoleView.class);

        assertThat(spanText("console-state")).isEqualTo("Đang phục vụ");
        assertThat(spanText("console-timer-label")).isEqualTo("Thời gian phục vụ");
        assertThat(button("console-start").isEnabled()).isFalse();
        assertThat(button("console-finish").isEnabled()).isTrue();
    }

    @Test
    void eachButtonAndFunctionKeySendsItsOwnAction() {
        port.current = Optional.of(ticket("C001", false, 0));
        navigate("counter/3", CounterConsoleView.class);

        test(button("console-recall")).click();
        fireShortcut(Key.F3);
        test(button("console-no-show")).click();
        fireShortcut(Key.F4);
        test(find(TextField.class).withClassName("console-hold-comment").single()).setValue("Đi photo giấy tờ");
        test(button("console-hold")).click();

        assertThat(port.acts).containsExactly(new Act(3, new Recall()), new Act(3, new StartServing()),
                new Act(3, new NoShow()), new Act(3, new Finish()), new Act(3, new Hold("Đi photo giấy tờ")));
        assertThat(find(TextField.class).withClassName("console-hold-comment").single().getValue())
                .as("a hold taken clears its comment").isEmpty();
    }

    @Test
    void callingOnAnEmptyQueueSaysNobodyWaits() {
        navigate("counter/3", CounterConsoleView.class);

        fireShortcut(Key.F2);

        assertThat(port.acts).containsExactly(new Act(3, new CallNext()));
        assertThat(test(find(Notification.class).single()).getText())
                .isEqualTo("Không còn ai chờ dịch vụ của quầy này.");
    }

    @Test
    void aTransferWithoutAServiceIsRefusedOnTheConsoleItself() {
        port.current = Optional.of(ticket("C001", true, 0));
        navigate("counter/3", CounterConsoleView.class);

        test(button("console-transfer")).click();

        assertThat(port.acts).isEmpty();
        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Chọn dịch vụ trước.");
    }

    @Test
    void theConsoleFollowsItsCounterAndRedrawsWhenTheQueueChanges() {
        navigate("counter/3", CounterConsoleView.class);
        assertThat(port.followed.getAsInt()).isEqualTo(3);
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("console-number").exists()).isFalse();

        port.current = Optional.of(ticket("C002", false, 0));
        port.refresh.run();

        assertThat(spanText("console-number")).isEqualTo("C002");
    }

    @Test
    void anOfficerAlreadySeatedComesBackToTheirCounter() {
        navigate(CounterConsoleView.class);

        assertThat(port.followed.getAsInt()).isEqualTo(3);
        assertThat(button("console-call").isEnabled()).isTrue();
    }

    @Test
    void nothingCanBeDoneBeforeACounterIsChosen() {
        port.officers.clear();
        navigate(CounterConsoleView.class);

        assertThat(button("console-call").isEnabled()).isFalse();
        assertThat(button("console-finish").isEnabled()).isFalse();
        assertThat(viewText()).contains("Chọn quầy làm việc để bắt đầu.");
        assertThat(port.followed.getAsInt()).isZero();
    }

    private static CalledTicket ticket(String number, boolean serving, int recalls) {
        return new CalledTicket(number, "Cấp giấy chứng nhận", false, 3, "Trần Văn Đức",
                Instant.parse("2026-11-23T00:30:00Z"), serving, recalls);
    }

    private Button button(String className) {
        return find(Button.class).withClassName(className).single();
    }
}
