package vn.motcua.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueStepTest extends KioskUiTest {

    @Test
    void theFirstStepOffersTheCatalogueWhichListsTheFirstFieldsProcedures() {
        navigate(KioskView.class);
        Button open = find(Button.class).withClassName("kiosk-catalogue-open").single();
        assertThat(open.getText()).isEqualTo("Tra cứu thủ tục");
        assertThat(open.isVisible()).isTrue();

        test(open).click();

        assertThat(viewText()).contains("Tra cứu thủ tục hành chính");
        assertThat(shownProcedures()).containsExactly("1.001193", "1.004873");
        assertThat(find(Button.class).withClassName("kiosk-field-filter").all()).extracting(Button::getText)
                .containsExactly("Tư pháp – Hộ tịch", "Xây dựng", "Công an");
        assertThat(procedureButton("1.001193").getElement().getTextRecursively())
                .isEqualTo("Đăng ký khai sinhTrong ngày · 4 tại chỗ");
        assertThat(procedureButton("1.004873").getElement().getTextRecursively())
                .isEqualTo("Cấp Giấy xác nhận tình trạng hôn nhân3 ngày làm việc");
        // The catalogue is not a ticket step: the header button goes while it is shown.
        assertThat(open.isVisible()).isFalse();
    }

    @Test
    void aFieldShowsItsProceduresAndAProcedureWhatToBringTheFeeAndTheTime() {
        navigate(KioskView.class);
        test(find(Button.class).withClassName("kiosk-catalogue-open").single()).click();
        test(find(Button.class).withAttribute("data-field", "Xây dựng").single()).click();
        assertThat(shownProcedures()).containsExactly("1.013225");

        test(procedureButton("1.013225")).click();

        assertThat(spanText("kiosk-procedure-code")).isEqualTo("Mã thủ tục: 1.013225");
        assertThat(spanText("kiosk-procedure-time")).isEqualTo("15 ngày làm việc");
        assertThat(spanText("kiosk-procedure-fee")).isEqualTo("75.000 đồng/giấy phép");
        assertThat(find(ListItem.class).withClassName("kiosk-paper").all()).extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("Đơn đề nghị cấp giấy phép xây dựng01 bản chính", "Bản vẽ thiết kế xây dựng02 bộ bản chính");
        assertThat(spanText("kiosk-demo-values")).startsWith("Giá trị minh họa");
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("kiosk-on-the-spot").exists()).isFalse();

        test(find(Button.class).withClassName("kiosk-back").single()).click();
        assertThat(shownProcedures()).containsExactly("1.013225");
    }

    @Test
    void feesAndTimesReadAsWordsWhenTheCenterGaveNoNote() {
        navigate(KioskView.class);
        test(find(Button.class).withClassName("kiosk-catalogue-open").single()).click();
        test(procedureButton("1.004873")).click();
        assertThat(spanText("kiosk-procedure-fee")).isEqualTo("3.000 đồng");
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("kiosk-demo-values").exists()).isFalse();

        test(find(Button.class).withClassName("kiosk-home").single()).click();
        test(find(Button.class).withClassName("kiosk-catalogue-open").single()).click();
        test(find(Button.class).withAttribute("data-field", "Công an").single()).click();
        test(procedureButton("1.004194")).click();
        assertThat(spanText("kiosk-procedure-time")).isEqualTo("8 giờ làm việc");
        assertThat(spanText("kiosk-procedure-fee")).isEqualTo("Không thu phí");
    }

    @Test
    void homeAndTheIdleTimerBothBringBackTheServices() {
        kiosk.idleTimeout = Duration.ofMillis(200);
        navigate(KioskView.class);
        test(find(Button.class).withClassName("kiosk-catalogue-open").single()).click();
        test(find(Button.class).withClassName("kiosk-home").single()).click();
        assertThat(shownServices()).containsExactly("HT-KS", "DD-GCN", "XD-GP");

        test(find(Button.class).withClassName("kiosk-catalogue-open").single()).click();
        test(procedureButton("1.001193")).click();
        assertThat(spanText("kiosk-procedure-time")).isEqualTo("Trong ngày");

        awaitPushed(() -> assertThat(shownServices()).containsExactly("HT-KS", "DD-GCN", "XD-GP"));
        assertThat(find(Button.class).withClassName("kiosk-catalogue-open").single().isVisible()).isTrue();
    }

    @Test
    void anEmptyCatalogueSaysSoAndLeadsHome() {
        kiosk.procedures.clear();
        navigate(KioskView.class);
        test(find(Button.class).withClassName("kiosk-catalogue-open").single()).click();

        assertThat(spanText("kiosk-catalogue-empty")).startsWith("Trung tâm chưa công bố danh mục thủ tục");
        test(find(Button.class).withClassName("kiosk-home").single()).click();
        assertThat(shownServices()).hasSize(3);
    }

    private List<String> shownProcedures() {
        return find(Button.class).withClassName("kiosk-procedure").all().stream()
                .map(button -> button.getElement().getAttribute("data-procedure")).toList();
    }

    private Button procedureButton(String code) {
        return find(Button.class).withAttribute("data-procedure", code).single();
    }
}
