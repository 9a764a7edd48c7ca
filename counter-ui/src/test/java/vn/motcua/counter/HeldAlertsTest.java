package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.counter.ConsolePort.CounterInfo;
import vn.motcua.counter.ConsolePort.OfficerInfo;
import vn.motcua.counter.DossierDesk.HeldAlert;

/** The held-dossiers badge: counted by dossier, the worst in words and colour, hidden when none, redrawn by push. */
class HeldAlertsTest extends FakePortsTest {

    /** 14:00 on 1 December in Hanoi. */
    private static final Instant PAST = Instant.parse("2026-12-01T07:00:00Z");
    /** 09:00 on 3 December in Hanoi. */
    private static final Instant NEAR = Instant.parse("2026-12-03T02:00:00Z");

    private final FakeConsolePort port = FakeScreens.use(ConsolePort.class, new FakeConsolePort());

    @BeforeEach
    void anOfficerAtCounter3() {
        port.counters.add(new CounterInfo(3, "Quầy 3 – Đất đai", 7L, "Trần Văn Đức"));
        port.officers.add(new OfficerInfo(7, "Trần Văn Đức", "Phòng Kinh tế"));
    }

    @Test
    void aDossierLateOverallAndAtAStepCountsOnceAndItsOwnDueTimeIsFlagged() {
        HeldAlerts alerts = new HeldAlerts(List.of(
                new HeldAlert("A", true, NEAR, Optional.of("APPRAISAL")),
                new HeldAlert("A", true, PAST, Optional.empty()),
                new HeldAlert("B", false, NEAR, Optional.empty()),
                new HeldAlert("C", false, NEAR, Optional.of("SIGNATURE")),
                new HeldAlert("C", true, PAST, Optional.of("APPRAISAL"))));

        assertThat(alerts.late()).isEqualTo(2);
        assertThat(alerts.dueSoon()).as("C is late at a step: counted late only").isEqualTo(1);
        assertThat(alerts.level()).isEqualTo(HeldAlerts.Level.LATE);
        assertThat(alerts.flagOf("A")).hasValueSatisfying(line -> assertThat(line.step()).isEmpty());
        assertThat(alerts.flagOf("C")).hasValueSatisfying(line -> assertThat(line.late()).isTrue());
        assertThat(alerts.flagOf("D")).isEmpty();
        assertThat(new HeldAlerts(List.of()).level()).isEqualTo(HeldAlerts.Level.NONE);
    }

    @Test
    void theBadgeIsHiddenTurnsAmberThenRedByPushInWords() {
        navigate("counter/3", CounterConsoleView.class);
        // Found on the button, where it stays while hidden (a hidden component is not found by class).
        Span badge = (Span) find(Button.class).withClassName("console-held-open").single().getSuffixComponent()
                .getChildren().findFirst().orElseThrow();
        assertThat(badge.isVisible()).isFalse();

        port.heldAlerts = List.of(new HeldAlert("A", false, NEAR, Optional.empty()));
        port.alertRedraws.forEach(Runnable::run);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("1 sắp đến hạn");
        assertThat(badge.getClassNames()).contains("console-held-badge-due-soon")
                .doesNotContain("console-held-badge-late");

        port.heldAlerts = List.of(new HeldAlert("A", true, PAST, Optional.empty()),
                new HeldAlert("B", false, NEAR, Optional.empty()));
        port.alertRedraws.forEach(Runnable::run);
        assertThat(badge.getText()).isEqualTo("1 quá hạn · 1 sắp đến hạn");
        assertThat(badge.getClassNames()).contains("console-held-badge-late")
                .doesNotContain("console-held-badge-due-soon");

        port.heldAlerts = List.of();
        port.alertRedraws.forEach(Runnable::run);
        assertThat(badge.isVisible()).isFalse();
    }

    @Test
    void flagsSayTheDueTimeAndTheStep() {
        navigate("counter/3", CounterConsoleView.class);
        HeldAlerts alerts = new HeldAlerts(List.of(new HeldAlert("A", true, PAST, Optional.empty()),
                new HeldAlert("B", false, NEAR, Optional.empty()),
                new HeldAlert("C", true, PAST, Optional.of("APPRAISAL"))));

        assertThat(HeldAlertBadge.flag(alerts, "A")).hasValueSatisfying(flag ->
                assertThat(flag.getText()).isEqualTo("Quá hạn từ 14:00 01/12"));
        assertThat(HeldAlertBadge.flag(alerts, "B")).hasValueSatisfying(flag ->
                assertThat(flag.getText()).isEqualTo("Đến hạn 09:00 03/12"));
        assertThat(HeldAlertBadge.flag(alerts, "C")).hasValueSatisfying(flag ->
                assertThat(flag.getText()).isEqualTo("Bước Thẩm định quá hạn từ 14:00 01/12"));
    }
}
