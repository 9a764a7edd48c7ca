package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.kiosk.KioskView;

/** The next visitor finds the kiosk at its start, in Vietnamese, whatever the last one left on it. */
@TestPropertySource(properties = "motcua.kiosk.idle-timeout=2s")
class KioskIdleTest extends ScreenTest {

    /** The hall's kiosk, paired as an admin would pair it. */
    @org.junit.jupiter.api.BeforeEach
    void aPairedKiosk() {
        callers.asDevice(vn.motcua.security.DeviceRole.KIOSK, null);
    }

    @Test
    void aVisitorCanSwitchToEnglishAndBack() {
        navigate(KioskView.class);
        test(find(Button.class).withClassName("kiosk-language").single()).click();
        assertThat(viewText()).contains("Please choose a service", "Hotlines for feedback and complaints",
                "0243 868 1900", "0912 345 678");
        test(find(Button.class).withClassName("kiosk-language").single()).click();
        assertThat(viewText()).contains("Mời ông/bà chọn dịch vụ", "Đường dây nóng tiếp nhận phản ánh, kiến nghị");
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

    @Test
    void anUntouchedSearchIsClearedForTheNextVisitor() {
        navigate(KioskView.class);
        test(find(TextField.class).withClassName("kiosk-search").single()).setValue("dat dai");
        test(find(Button.class).withAttribute("data-field", "Đất đai").single()).click();
        assertThat(find(Button.class).withClassName("kiosk-service").all()).hasSize(1);

        awaitPushed(() -> assertThat(find(Button.class).withClassName("kiosk-service").all()).hasSize(7));
        assertThat(find(TextField.class).withClassName("kiosk-search").single().getValue()).isEmpty();
        assertThat(find(Button.class).withClassName("kiosk-field-filter").withClassName("active").single().getText())
                .isEqualTo("Tất cả dịch vụ");
    }
}
