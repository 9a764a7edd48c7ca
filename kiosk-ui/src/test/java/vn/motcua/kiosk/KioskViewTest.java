package vn.motcua.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.KioskPort.ServiceChoice;
import vn.motcua.kiosk.KioskPort.TicketReceipt;

class KioskViewTest extends KioskUiTest {

    @Test
    void aServiceThenAPriorityIssuesExactlyOneTicketOfThatServiceAndPriority() {
        navigate(KioskView.class);
        test(serviceButton("DD-GCN")).click();
        test(find(Button.class).withClassName("priority-elderly").single()).click();

        assertThat(kiosk.issued).extracting(TicketReceipt::number, TicketReceipt::priority)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C001", Priority.ELDERLY));
        assertThat(spanText("kiosk-number")).isEqualTo("C001");
    }

    @Test
    void aDoubleTapIssuesOneTicket() {
        navigate(KioskView.class);
        test(serviceButton("HT-KS")).click();
        Button none = find(Button.class).withClassName("priority-none").single();
        Button elderly = find(Button.class).withClassName("priority-elderly").single();

        test(none).click();
        // The browser disabled the button at the first tap.
        assertThatThrownBy(() -> test(none).click()).isInstanceOf(IllegalStateException.class);
        // A second tap that reached the server anyway, on another group.
        elderly.click();

        assertThat(kiosk.issued).hasSize(1);
        assertThat(spanText("kiosk-number")).isEqualTo("A001");
        assertThat(find(Span.class).withClassName("kiosk-ticket-priority").exists()).isFalse();
    }

    @Test
    void theTicketShowsTheIssuesFiguresAndIsPrintedWithThoseSameFigures() {
        kiosk.peopleAhead = 7;
        kiosk.estimatedWaitMinutes = 25;
        navigate(KioskView.class);
        test(serviceButton("HT-KS")).click();
        test(find(Button.class).withClassName("priority-pregnant").single()).click();

        assertThat(spanText("kiosk-number")).isEqualTo("A001");
        assertThat(spanText("kiosk-ticket-service")).isEqualTo("Đăng ký khai sinh, kết hôn, khai tử");
        assertThat(spanText("kiosk-ticket-priority")).isEqualTo("Ưu tiên: Phụ nữ mang thai");
        assertThat(spanText("kiosk-ahead")).isEqualTo("Số người chờ trước: 7");
        assertThat(spanText("kiosk-wait")).isEqualTo("Thời gian chờ dự kiến: khoảng 25 phút");
        assertThat(spanText("kiosk-issued")).isEqualTo("Lấy số lúc 08:30 04/03/2025");
        assertThat(find(Image.class).withClassName("kiosk-qr").single().getSrc())
                .isEqualTo(QrCodeImage.svgDataUrl("https://motcua.example/t/code-A001"));

        awaitPushed(() -> assertThat(spanText("kiosk-print")).startsWith("Đã in phiếu"));
        // The queue moved on since the issue: the paper still says what the screen says.
        kiosk.peopleAhead = 0;
        assertThat(kiosk.printed).containsExactly(kiosk.issued.getFirst());
        assertThat(kiosk.printed.getFirst().peopleAhead()).isEqualTo(7);
        assertThat(kiosk.printed.getFirst().estimatedWaitMinutes()).isEqualTo(25);
    }

    @Test
    void aFailedPrintKeepsTheNumberAndOffersAReprintOfTheSameReceipt() {
        kiosk.printFails("D001", "Máy in hết giấy");
        kiosk.holdPrinter();
        navigate(KioskView.class);
        test(serviceButton("XD-GP")).click();
        test(find(Button.class).withClassName("priority-none").single()).click();
        // The number is on screen before the printer has answered.
        assertThat(spanText("kiosk-number")).isEqualTo("D001");
        assertThat(spanText("kiosk-print")).isEqualTo("Đang in phiếu, xin chờ một chút…");
        kiosk.releasePrinter();

        awaitPushed(() -> assertThat(spanText("kiosk-print")).contains("Chưa in được phiếu", "Máy in hết giấy"));
        assertThat(find(Span.class).withClassName("kiosk-print").single().getClassNames()).contains("failed");
        assertThat(spanText("kiosk-number")).isEqualTo("D001");

        test(find(Button.class).withClassName("kiosk-reprint").single()).click();
        awaitPushed(() -> assertThat(spanText("kiosk-print")).startsWith("Đã in phiếu"));
        assertThat(find(Button.class).withClassName("kiosk-reprint").exists()).isFalse();
        assertThat(kiosk.printed).hasSize(2).containsOnly(kiosk.issued.getFirst());
        assertThat(kiosk.issued).hasSize(1);
    }

    @Test
    void aLatePrinterAnswerNeverLandsOnTheNextVisitorsScreen() {
        kiosk.printFails("A001", "Máy in hết giấy");
        kiosk.holdPrinter();
        navigate(KioskView.class);
        test(serviceButton("HT-KS")).click();
        test(find(Button.class).withClassName("priority-none").single()).click();
        test(find(Button.class).withClassName("kiosk-done").single()).click();
        test(serviceButton("XD-GP")).click();
        test(find(Button.class).withClassName("priority-none").single()).click();
        assertThat(spanText("kiosk-number")).isEqualTo("D002");

        kiosk.releasePrinter();
        awaitPushed(() -> assertThat(kiosk.printed).extracting(TicketReceipt::number)
                .containsExactlyInAnyOrder("A001", "D002"));
        awaitPushed(() -> assertThat(spanText("kiosk-print")).startsWith("Đã in phiếu"));
        assertThat(find(Button.class).withClassName("kiosk-reprint").exists()).isFalse();
        assertThat(spanText("kiosk-number")).isEqualTo("D002");
    }

    @Test
    void theSearchNarrowsTheListAndClearingItShowsEverything() {
        navigate(KioskView.class);
        assertThat(shownServices()).containsExactly("HT-KS", "DD-GCN", "XD-GP");
        TextField search = find(TextField.class).withClassName("kiosk-search").single();

        test(search).setValue("dat dai");
        assertThat(shownServices()).containsExactly("DD-GCN");
        test(search).setValue("giay");
        assertThat(shownServices()).containsExactly("DD-GCN", "XD-GP");
        test(search).setValue("hộ chiếu");
        assertThat(shownServices()).isEmpty();
        assertThat(viewText()).contains("Không tìm thấy dịch vụ nào cho “hộ chiếu”");

        test(find(Button.class).withClassName("kiosk-show-all").single()).click();
        assertThat(shownServices()).containsExactly("HT-KS", "DD-GCN", "XD-GP");
        assertThat(search.getValue()).isEmpty();
    }

    @Test
    void aFieldButtonShowsOnlyThatField() {
        navigate(KioskView.class);
        test(find(Button.class).withAttribute("data-field", "Xây dựng").single()).click();
        assertThat(shownServices()).containsExactly("XD-GP");
        assertThat(find(Button.class).withAttribute("data-field", "Xây dựng").single().getClassNames())
                .contains("active");
    }

    @Test
    void waitingCountsFollowTheQueue() {
        navigate(KioskView.class);
        assertThat(serviceButton("DD-GCN").getElement().getTextRecursively()).contains("2 người đang chờ");

        kiosk.setWaiting("DD-GCN", 5);
        kiosk.queueChanged();

        assertThat(serviceButton("DD-GCN").getElement().getTextRecursively()).contains("5 người đang chờ");
    }

    @Test
    void aCenterStillBeingSetUpOffersNoServiceAndSaysSo() {
        kiosk.hours = new KioskHours(KioskHours.Issuing.SETTING_UP, null, null);
        navigate(KioskView.class);
        assertThat(find(Button.class).withClassName("kiosk-service").exists()).isFalse();
        assertThat(viewText()).contains("Trung tâm đang được thiết lập, chưa cấp số thứ tự.");
        assertThat(hotlines()).containsExactly("0243 868 1900", "0912 345 678");
    }

    @Test
    void aServiceTheAdminAddsOrRetiresShowsAtOnceWithoutAReload() {
        navigate(KioskView.class);
        kiosk.services.add(new ServiceChoice("T18-S", "Cấp giấy phép thử nghiệm", "QZ", "Xây dựng", 0));
        kiosk.queueChanged();
        assertThat(serviceButton("T18-S").getElement().getTextRecursively()).contains("Cấp giấy phép thử nghiệm");

        kiosk.services.removeIf(service -> service.code().equals("XD-GP"));
        kiosk.queueChanged();
        assertThat(find(Button.class).withClassName("kiosk-service").all())
                .extracting(button -> button.getElement().getAttribute("data-service"))
                .containsExactly("HT-KS", "DD-GCN", "T18-S");
    }

    @Test
    void theHotlinesAreAtTheFootOfEveryStep() {
        navigate(KioskView.class);
        assertThat(hotlines()).containsExactly("0243 868 1900", "0912 345 678");
        test(serviceButton("HT-KS")).click();
        assertThat(hotlines()).containsExactly("0243 868 1900", "0912 345 678");
        test(find(Button.class).withClassName("priority-none").single()).click();
        assertThat(hotlines()).containsExactly("0243 868 1900", "0912 345 678");
        assertThat(viewText()).contains("Nguyễn Văn Bình");
    }

    @Test
    void backFromThePriorityStepIssuesNothing() {
        navigate(KioskView.class);
        test(serviceButton("HT-KS")).click();
        assertThat(spanText("kiosk-chosen")).isEqualTo("Đăng ký khai sinh, kết hôn, khai tử");
        test(find(Button.class).withClassName("kiosk-back").single()).click();

        assertThat(shownServices()).hasSize(3);
        assertThat(kiosk.issued).isEmpty();
    }

    @Test
    void anUntouchedKioskGoesBackToTheStartInVietnamese() {
        kiosk.idleTimeout = Duration.ofMillis(200);
        navigate(KioskView.class);
        test(find(Button.class).withClassName("kiosk-language").single()).click();
        assertThat(viewText()).contains("Please choose a service");
        test(serviceButton("HT-KS")).click();

        awaitPushed(() -> assertThat(viewText()).contains("Mời ông/bà chọn dịch vụ"));
        assertThat(shownServices()).hasSize(3);
    }

    private java.util.List<String> hotlines() {
        return find(Span.class).withClassName("kiosk-hotline-phone").all().stream().map(Span::getText).toList();
    }
}
