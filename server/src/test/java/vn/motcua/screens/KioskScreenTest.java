package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.devices.simulator.SimulatedTicketPrinter;
import vn.motcua.kiosk.KioskView;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;

class KioskScreenTest extends ScreenTest {

    @Autowired
    SimulatedTicketPrinter printer;
    @Autowired
    IssueTicket issueTicket;

    @AfterEach
    void printerBackToNormal() {
        printer.device().setPaperOut(false);
    }

    @Test
    void visitorTakesAPriorityTicketThatIsShownWithItsQrAndPrinted() {
        navigate(KioskView.class);
        int printedBefore = printer.device().printedTickets().size();

        test(serviceButton("HT-KS")).click();
        test(find(Button.class).withClassName("priority-elderly").single()).click();

        assertThat(spanText("kiosk-number")).isEqualTo("A001");
        assertThat(spanText("kiosk-ticket-priority")).isEqualTo("Ưu tiên: Người cao tuổi");
        assertThat(spanText("kiosk-ahead")).isEqualTo("Số người chờ trước: 0");
        assertThat(find(Image.class).withClassName("kiosk-qr").single().getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(spanText("kiosk-print")).startsWith("Đã in phiếu");
        assertThat(printer.device().printedTickets()).hasSize(printedBefore + 1);
    }

    @Test
    void serviceButtonsAreGroupedByFieldAndShowWhoWaits() {
        navigate(KioskView.class);
        assertThat(viewText()).contains("Tư pháp – Hộ tịch", "Đất đai", "Xây dựng", "Đăng ký kinh doanh",
                "Lao động – Thương binh và Xã hội", "Công an", "Đường dây nóng của lãnh đạo: 0243 868 1900");
        assertThat(serviceButton("DD-GCN").getElement().getTextRecursively()).contains("0 người đang chờ");
    }

    @Test
    void aDoubleTapIssuesOneTicket() {
        navigate(KioskView.class);
        test(serviceButton("TP-CT")).click();
        Button none = find(Button.class).withClassName("priority-none").single();
        test(none).click();
        assertThatThrownBy(() -> test(none).click()).isInstanceOf(IllegalStateException.class);
        assertThat(data.count("ticket")).isEqualTo(1);
    }

    @Test
    void aFailedPrintKeepsTheNumberOnScreenAndOffersAReprint() {
        printer.device().setPaperOut(true);
        navigate(KioskView.class);
        test(serviceButton("CA-CT")).click();
        test(find(Button.class).withClassName("priority-none").single()).click();

        assertThat(spanText("kiosk-number")).isEqualTo("G001");
        assertThat(spanText("kiosk-print")).contains("Chưa in được phiếu", "Máy in hết giấy");
        assertThat(find(Image.class).withClassName("kiosk-qr").exists()).isTrue();

        printer.device().setPaperOut(false);
        test(find(Button.class).withClassName("kiosk-reprint").single()).click();
        assertThat(spanText("kiosk-print")).startsWith("Đã in phiếu");
        assertThat(spanText("kiosk-number")).isEqualTo("G001");
        assertThat(data.count("ticket")).isEqualTo(1);
    }

    @Test
    void waitingCountsFollowOtherKiosksLive() {
        navigate(KioskView.class);
        // Another kiosk in the hall issues a ticket.
        issueTicket.issue("XD-GP", PriorityCategory.NONE);
        awaitPushed(() -> assertThat(serviceButton("XD-GP").getElement().getTextRecursively()).contains("1 người đang chờ"));
    }

    private Button serviceButton(String code) {
        return find(Button.class).withAttribute("data-service", code).single();
    }
}
