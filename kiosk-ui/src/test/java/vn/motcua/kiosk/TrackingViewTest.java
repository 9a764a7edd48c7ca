package vn.motcua.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.PhonePagePort.TicketTracking;
import vn.motcua.kiosk.PhonePagePort.TrackingState;

class TrackingViewTest extends KioskUiTest {

    @Test
    void thePhonePageShowsTheTrackedTicketAndFollowsIt() {
        phonePage.tickets.put("k7x2", new TicketTracking("A007", "Đăng ký khai sinh, kết hôn, khai tử",
                TrackingState.WAITING, 4, 12, null, null, LocalDate.of(2025, 3, 4), null));
        navigate("t/k7x2", TrackingView.class);

        assertThat(spanText("kiosk-number")).isEqualTo("A007");
        assertThat(spanText("tracking-service")).isEqualTo("Đăng ký khai sinh, kết hôn, khai tử");
        assertThat(spanText("tracking-state")).isEqualTo("Còn 4 người trước ông/bà");
        assertThat(phonePage.followedCodes).containsExactly("k7x2");

        phonePage.tickets.put("k7x2", new TicketTracking("A007", "Đăng ký khai sinh, kết hôn, khai tử",
                TrackingState.CALLED, 0, 0, 3, null, LocalDate.of(2025, 3, 4), null));
        phonePage.ticketMoved();

        assertThat(spanText("tracking-state")).isEqualTo("Mời ông/bà đến quầy số 3");
        assertThat(find(Span.class).withClassName("tracking-state").single().getClassNames()).contains("called");
    }

    @Test
    void theNextInLineIsToldOnceToGetReadyAndTheOthersHowLong() {
        phonePage.tickets.put("k7x2", new TicketTracking("A007", "Đăng ký khai sinh, kết hôn, khai tử",
                TrackingState.WAITING, 0, 0, null, null, LocalDate.of(2025, 3, 4), null));
        navigate("t/k7x2", TrackingView.class);
        assertThat(spanText("tracking-state")).isEqualTo("Sắp đến lượt ông/bà, xin mời chuẩn bị");
        assertThat(find(Span.class).withClassName("tracking-wait").exists()).isFalse();

        phonePage.tickets.put("k7x2", new TicketTracking("A007", "Đăng ký khai sinh, kết hôn, khai tử",
                TrackingState.WAITING, 2, 6, null, null, LocalDate.of(2025, 3, 4), null));
        phonePage.ticketMoved();
        assertThat(spanText("tracking-wait")).isEqualTo("Thời gian chờ dự kiến: khoảng 6 phút");
    }

    @Test
    void theHotlinesAreNumbersToDial() {
        navigate("t/k7x2", TrackingView.class);
        assertThat(find(Anchor.class).withClassName("kiosk-hotline-phone").all())
                .extracting(Anchor::getHref).containsExactly("tel:02438681900", "tel:0912345678");
    }

    @Test
    void theFooterLinksThePublishedRankings() {
        navigate("t/k7x2", TrackingView.class);
        Anchor results = find(Anchor.class).withClassName("kiosk-public-results").single();
        assertThat(results.getHref()).isEqualTo("/cong-khai");
        assertThat(results.getText()).startsWith("Công khai kết quả phục vụ");
    }

    @Test
    void aNumberIsLeftOnlyWithConsentAndCanBeDeleted() {
        phonePage.tickets.put("k7x2", new TicketTracking("A007", "Đăng ký khai sinh, kết hôn, khai tử",
                TrackingState.WAITING, 4, 12, null, null, LocalDate.of(2025, 3, 4), null));
        navigate("t/k7x2", TrackingView.class);
        assertThat(find(Anchor.class).withClassName("tracking-feedback").single().getHref())
                .isEqualTo("/phan-anh?ve=k7x2");
        assertThat(find(Checkbox.class).single().getLabel()).contains("tối đa 30 ngày");

        test(find(TextField.class).single()).setValue("0912345678");
        test(find(Button.class).withClassName("contact-give").single()).click();
        assertThat(phonePage.contacts).isEmpty();

        test(find(Checkbox.class).single()).click();
        test(find(Button.class).withClassName("contact-give").single()).click();
        assertThat(spanText("contact-given")).isEqualTo(
                "Đã lưu số •••••••678. Trung tâm sẽ nhắn tin khi sắp đến lượt ông/bà.");

        test(find(Button.class).withClassName("contact-withdraw").single()).click();
        assertThat(phonePage.contacts).isEmpty();
        assertThat(spanText("contact-notice")).isEqualTo("Đã xoá số điện thoại của ông/bà.");
    }

    @Test
    void aCalledTicketOffersNoNumberForm() {
        phonePage.tickets.put("k7x2", new TicketTracking("A007", "Đăng ký khai sinh, kết hôn, khai tử",
                TrackingState.CALLED, 0, 0, 3, null, LocalDate.of(2025, 3, 4), null));
        navigate("t/k7x2", TrackingView.class);
        assertThat(find(TextField.class).exists()).isFalse();
    }

    @Test
    void anUnknownCodeSaysSo() {
        navigate("t/nothing", TrackingView.class);
        assertThat(spanText("tracking-unknown")).isEqualTo("Không tìm thấy phiếu này.");
        assertThat(find(Span.class).withClassName("kiosk-number").exists()).isFalse();
    }
}
