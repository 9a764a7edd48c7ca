package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.kiosk.KioskView;

/** The next visitor finds the kiosk at its start, in Vietnamese, whatever the last one left on it. */
@TestPropertySource(properties = "motcua.kiosk.idle-timeout=2s")
class KioskIdleTest extends ScreenTest {

    @Test
    void aVisitorCanSwitchToEnglishAndBack() {
        navigate(KioskView.class);
        test(find(Button.class).withClassName("kiosk-language").single()).click();
        assertThat(viewText()).contains("Please choose a service", "Leaders' hotline: 0243 868 1900");
        test(find(Button.class).withClassName("kiosk-language").single()).click();
        assertThat(viewText()).contains("Mời ông/bà chọn dịch vụ");
    }

    @Test
    void anUntouchedKioskGoesBackToTheStartInVietnamese() {
        navigate(KioskView.class);
        test(find(Button.class).withClassName("kiosk-language").single()).click();
        test(find(Button.class).withAttribute("data-service", "HT-KS").single()).click();
        test(find(Button.class).withClassName("priority-none").single()).click();
        assertThat(spanText("kiosk-number")).isEqualTo("A001");
        assertThat(viewText()).contains("People ahead of you: 0");

        awaitPushed(() -> assertThat(viewText()).contains("Mời ông/bà chọn dịch vụ").doesNotContain("A001"));
    }
}
