package vn.motcua.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
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
    void anUnknownCodeSaysSo() {
        navigate("t/nothing", TrackingView.class);
        assertThat(spanText("tracking-unknown")).isEqualTo("Không tìm thấy phiếu này.");
        assertThat(find(Span.class).withClassName("kiosk-number").exists()).isFalse();
    }
}
