package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.devices.simulator.SimulatedTicketPrinter;
import vn.motcua.kiosk.KioskView;
import vn.motcua.kiosk.Priority;
import vn.motcua.kiosk.TrackingView;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;

class KioskScreenTest extends ScreenTest {

    /** The hall's kiosk, paired as an admin would pair it. */
    @org.junit.jupiter.api.BeforeEach
    void aPairedKiosk() {
        callers.asDevice(vn.motcua.security.DeviceRole.KIOSK, null);
    }

    private static final List<String> HOTLINES = List.of("0243 868 1900", "0912 345 678", "0987 654 321", "0904 111 222");

    @Autowired
    SimulatedTicketPrinter printer;
    @Autowired
    IssueTicket issueTicket;

    @AfterEach
    void printerBackToNormal() {
        printer.device().setPaperOut(false);
    }

    @Test
    void visitorTakesAPriorityTicketThatIsShownAtOnceThenPrinted() {
        navigate(KioskView.class);
        int printedBefore = printer.device().printedTickets().size();

        test(serviceButton("HT-KS")).click();
        test(find(Button.class).withClassName("priority-elderly").single()).click();

        assertThat(spanText("kiosk-number")).isEqualTo("A001");
        assertThat(spanText("kiosk-ticket-service")).isEqualTo("Đăng ký khai sinh, kết hôn, khai tử");
        assertThat(spanText("kiosk-ticket-priority")).isEqualTo("Ưu tiên: Người cao tuổi");
        assertThat(spanText("kiosk-ahead")).isEqualTo("Số người chờ trước: 0");
        assertThat(spanText("kiosk-wait")).isEqualTo("Sắp đến lượt ông/bà");
        assertThat(find(Image.class).withClassName("kiosk-qr").single().getSrc()).startsWith("data:image/svg+xml;base64,");
        // The number is on screen before the printer has answered.
        assertThat(spanText("kiosk-print")).isEqualTo("Đang in phiếu, xin chờ một chút…");

        awaitPushed(() -> assertThat(spanText("kiosk-print")).startsWith("Đã in phiếu"));
        assertThat(printer.device().printedTickets()).hasSize(printedBefore + 1);
    }

    @Test
    void serviceButtonsAreGroupedByFieldAndShowWhoWaits() {
        navigate(KioskView.class);
        assertThat(viewText()).contains("Tư pháp – Hộ tịch", "Đất đai", "Xây dựng", "Đăng ký kinh doanh",
                "Lao động – Thương binh và Xã hội", "Công an");
        assertThat(serviceButton("DD-GCN").getElement().getTextRecursively()).contains("0 người đang chờ");
        assertThat(shownServices()).containsExactly("HT-KS", "TP-CT", "DD-GCN", "XD-GP", "KD-HKD", "LD-TCXH", "CA-CT");
    }

    @Test
    void theSearchIgnoresMarksAndCase() {
        navigate(KioskView.class);
        TextField search = find(TextField.class).withClassName("kiosk-search").single();

        test(search).setValue("khai sinh");
        assertThat(shownServices()).containsExactly("HT-KS");
        test(search).setValue("Đăng ký khai sinh");
        assertThat(shownServices()).containsExactly("HT-KS");
        test(search).setValue("KHAI SINH");
        assertThat(shownServices()).containsExactly("HT-KS");
        // Field names count: "Đất đai" typed without its marks.
        test(search).setValue("dat dai");
        assertThat(shownServices()).containsExactly("DD-GCN");
        test(search).setValue("giay");
        assertThat(shownServices()).containsExactly("DD-GCN", "XD-GP");
        // The letter on the tickets finds its service too.
        test(search).setValue("g");
        assertThat(shownServices()).contains("CA-CT");

        test(find(Button.class).withClassName("kiosk-search-clear").single()).click();
        assertThat(search.getValue()).isEmpty();
        assertThat(shownServices()).hasSize(7);
    }

    @Test
    void aSearchThatFindsNothingSaysSoAndLeadsBackToAllServices() {
        navigate(KioskView.class);
        test(find(TextField.class).withClassName("kiosk-search").single()).setValue("hộ chiếu");

        assertThat(shownServices()).isEmpty();
        assertThat(viewText()).contains("Không tìm thấy dịch vụ nào cho “hộ chiếu”");
        test(find(Button.class).withClassName("kiosk-show-all").single()).click();

        assertThat(shownServices()).hasSize(7);
        assertThat(find(TextField.class).withClassName("kiosk-search").single().getValue()).isEmpty();
    }

    @Test
    void aFieldButtonShowsOnlyThatField() {
        navigate(KioskView.class);
        Button justice = find(Button.class).withAttribute("data-field", "Tư pháp – Hộ tịch").single();
        test(justice).click();
        assertThat(shownServices()).containsExactly("HT-KS", "TP-CT");
        assertThat(find(Button.class).withAttribute("data-field", "Tư pháp – Hộ tịch").single().getClassNames())
                .contains("active");

        // Search and field together: nothing of land in civil status.
        test(find(TextField.class).withClassName("kiosk-search").single()).setValue("dat dai");
        assertThat(shownServices()).isEmpty();
        assertThat(find(Button.class).withClassName("kiosk-show-all").exists()).isTrue();

        test(find(Button.class).withClassName("kiosk-field-filter").withText("Tất cả dịch vụ").single()).click();
        assertThat(shownServices()).containsExactly("DD-GCN");
    }

    @Test
    void thePriorityStepShowsEveryGroupWithItsPictogram() {
        navigate(KioskView.class);
        test(serviceButton("TP-CT")).click();

        assertThat(spanText("kiosk-chosen")).isEqualTo("Chứng thực bản sao, chữ ký");
        assertThat(viewText()).contains("Ông/bà thuộc đối tượng ưu tiên nào?");
        for (Priority priority : Priority.values()) {
            String key = priority.name().toLowerCase(java.util.Locale.ROOT);
            Button button = find(Button.class).withClassName("priority-" + key).single();
            assertThat(button.getElement().getTextRecursively()).as(key).isNotBlank();
            assertThat(find(Image.class).withClassName("kiosk-pictogram").all())
                    .extracting(Image::getSrc).contains("pictograms/priority-" + key + ".svg");
        }
        assertThat(find(Button.class).withClassName("priority-none").single().getElement().getTextRecursively())
                .isEqualTo("Không ưu tiên");

        test(find(Button.class).withClassName("kiosk-back").single()).click();
        assertThat(shownServices()).hasSize(7);
        assertThat(data.count("ticket")).isZero();
    }

    @Test
    void theKioskOffersExactlyThePriorityGroupsTheQueueKnows() {
        assertThat(Arrays.stream(Priority.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(PriorityCategory.values()).map(Enum::name).toList());
    }

    @Test
    void aDoubleTapIssuesOneTicket() {
        navigate(KioskView.class);
        test(serviceButton("TP-CT")).click();
        Button none = find(Button.class).withClassName("priority-none").single();
        test(none).click();
        assertThatThrownBy(() -> test(none).click()).isInstanceOf(IllegalStateException.class);
        assertThat(data.count("ticket")).isEqualTo(1);
        assertThat(spanText("kiosk-number")).isEqualTo("B001");
    }

    @Test
    void aSecondTapThatReachesTheServerOnAnotherGroupIssuesNoSecondTicket() {
        navigate(KioskView.class);
        test(serviceButton("HT-KS")).click();
        Button elderly = find(Button.class).withClassName("priority-elderly").single();
        Button none = find(Button.class).withClassName("priority-none").single();

        test(elderly).click();
        // As if the browser had sent a second tap before the first one's answer: the server fires it regardless.
        none.click();

        assertThat(data.count("ticket")).isEqualTo(1);
        assertThat(spanText("kiosk-number")).isEqualTo("A001");
        assertThat(spanText("kiosk-ticket-priority")).isEqualTo("Ưu tiên: Người cao tuổi");
    }

    @Test
    void aFailedPrintKeepsTheNumberOnScreenAndOffersAReprint() {
        printer.device().setPaperOut(true);
        navigate(KioskView.class);
        test(serviceButton("CA-CT")).click();
        test(find(Button.class).withClassName("priority-none").single()).click();

        assertThat(spanText("kiosk-number")).isEqualTo("G001");
        awaitPushed(() -> assertThat(spanText("kiosk-print")).contains("Chưa in được phiếu", "Máy in hết giấy",
                "quét mã QR trên màn hình"));
        assertThat(find(Span.class).withClassName("kiosk-print").single().getClassNames()).contains("failed");
        assertThat(find(Image.class).withClassName("kiosk-qr").exists()).isTrue();

        printer.device().setPaperOut(false);
        test(find(Button.class).withClassName("kiosk-reprint").single()).click();
        assertThat(spanText("kiosk-print")).startsWith("Đang in phiếu");
        awaitPushed(() -> assertThat(spanText("kiosk-print")).startsWith("Đã in phiếu"));
        assertThat(find(Button.class).withClassName("kiosk-reprint").exists()).isFalse();
        assertThat(spanText("kiosk-number")).isEqualTo("G001");
        assertThat(data.count("ticket")).isEqualTo(1);
    }

    @Test
    void doneTakesTheVisitorBackToTheStart() {
        navigate(KioskView.class);
        test(serviceButton("KD-HKD")).click();
        test(find(Button.class).withClassName("priority-pregnant").single()).click();
        assertThat(spanText("kiosk-number")).isEqualTo("E001");

        test(find(Button.class).withClassName("kiosk-done").single()).click();
        assertThat(find(Span.class).withClassName("kiosk-number").exists()).isFalse();
        assertThat(shownServices()).hasSize(7);
    }

    @Test
    void theLeadersHotlinesAreShownOnEveryStep() {
        navigate(KioskView.class);
        assertHotlinesShown();
        test(serviceButton("HT-KS")).click();
        assertHotlinesShown();
        test(find(Button.class).withClassName("priority-none").single()).click();
        assertHotlinesShown();
        assertThat(viewText()).contains("Đường dây nóng tiếp nhận phản ánh, kiến nghị", "Chủ tịch UBND xã",
                "Nguyễn Văn Bình", "Phó Chủ tịch UBND xã", "Trần Thị Mai",
                "Giám đốc Trung tâm Phục vụ hành chính công", "Lê Quang Hải");
    }

    @Test
    void thePhonePageShowsTheHotlinesAsNumbersToDial() {
        String code = issueTicket.issue("HT-KS", PriorityCategory.NONE).ticket().getTrackingCode();
        navigate("t/" + code, TrackingView.class);

        assertThat(spanText("kiosk-number")).isEqualTo("A001");
        assertThat(find(Anchor.class).withClassName("kiosk-hotline-phone").all())
                .extracting(Anchor::getText).containsExactlyElementsOf(HOTLINES);
        assertThat(find(Anchor.class).withClassName("kiosk-hotline-phone").all())
                .extracting(Anchor::getHref).containsExactly("tel:02438681900", "tel:0912345678", "tel:0987654321",
                        "tel:0904111222");
        assertThat(viewText()).contains("Nguyễn Văn Bình", "Trần Thị Mai", "Lê Quang Hải");
    }

    @Test
    void waitingCountsFollowOtherKiosksLive() {
        navigate(KioskView.class);
        // Another kiosk in the hall issues a ticket.
        issueTicket.issue("XD-GP", PriorityCategory.NONE);
        awaitPushed(() -> assertThat(serviceButton("XD-GP").getElement().getTextRecursively()).contains("1 người đang chờ"));
    }

    private void assertHotlinesShown() {
        assertThat(find(Span.class).withClassName("kiosk-hotline-phone").all())
                .extracting(Span::getText).containsExactlyElementsOf(HOTLINES);
    }

    private List<String> shownServices() {
        return find(Button.class).withClassName("kiosk-service").all().stream()
                .map(button -> button.getElement().getAttribute("data-service")).toList();
    }

    private Button serviceButton(String code) {
        return find(Button.class).withAttribute("data-service", code).single();
    }
}
