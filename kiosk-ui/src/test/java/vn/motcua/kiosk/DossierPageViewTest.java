package vn.motcua.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.DossierPagePort.DossierPage;
import vn.motcua.kiosk.DossierPagePort.DossierState;
import vn.motcua.kiosk.DossierPagePort.LookupAnswer;
import vn.motcua.kiosk.DossierPagePort.LookupOutcome;
import vn.motcua.kiosk.DossierPagePort.MissingPaper;

class DossierPageViewTest extends KioskUiTest {

    private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 23, 9, 5);
    private static final LocalDateTime DUE = LocalDateTime.of(2026, 11, 27, 16, 30);

    private static DossierPage dossier(DossierState state, boolean overdue) {
        return new DossierPage("000.00.12.H12-261123-0007", "Đăng ký khai sinh", state, RECEIVED, DUE,
                "Phòng Tư pháp – Hộ tịch", overdue, null, List.of(), false, null);
    }

    @Test
    void everyStatusIsSaidInPlainVietnamese() {
        Map<DossierState, String> words = new LinkedHashMap<>();
        for (DossierState state : DossierState.values()) {
            dossierPage.dossiers.put("tok", dossier(state, false));
            navigate("hs/tok", DossierPageView.class);
            words.put(state, spanText("dossier-state"));
            assertThat(find(Span.class).withClassName("dossier-state").single().getClassNames())
                    .contains(state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        assertThat(words).containsExactly(
                Map.entry(DossierState.RECEIVING, "Đang tiếp nhận hồ sơ"),
                Map.entry(DossierState.RECEIVED, "Đã tiếp nhận hồ sơ"),
                Map.entry(DossierState.DENIED, "Hồ sơ không được tiếp nhận"),
                Map.entry(DossierState.PROCESSING, "Đang xử lý"),
                Map.entry(DossierState.AWAITING_SUPPLEMENT, "Chờ bổ sung hồ sơ"),
                Map.entry(DossierState.PAYING, "Chờ nộp phí, lệ phí"),
                Map.entry(DossierState.WITHDRAWN, "Đã rút hồ sơ"),
                Map.entry(DossierState.STOPPED, "Đã dừng xử lý"),
                Map.entry(DossierState.DONE, "Đã có kết quả, mời nhận"),
                Map.entry(DossierState.RETURNED, "Đã trả kết quả"));
    }

    @Test
    void thePageShowsCodeProcedureDatesAndUnitAndNothingAboutLateness() {
        dossierPage.dossiers.put("tok", dossier(DossierState.PROCESSING, false));
        navigate("hs/tok", DossierPageView.class);

        assertThat(spanText("dossier-code")).isEqualTo("000.00.12.H12-261123-0007");
        assertThat(spanText("dossier-procedure")).isEqualTo("Đăng ký khai sinh");
        assertThat(viewText()).contains("Ngày tiếp nhận23/11/2026 09:05", "Ngày hẹn trả kết quả27/11/2026 16:30",
                "Đơn vị xử lýPhòng Tư pháp – Hộ tịch");
        assertThat(find(Span.class).withClassName("dossier-overdue").exists()).isFalse();
        assertThat(find(Span.class).withClassName("dossier-supplement").exists()).isFalse();
    }

    @Test
    void aLateDossierSaysSoAndOneAwaitingDocumentsSaysWhatToDo() {
        dossierPage.dossiers.put("late", dossier(DossierState.PROCESSING, true));
        navigate("hs/late", DossierPageView.class);
        assertThat(spanText("dossier-overdue")).startsWith("Quá hạn");

        dossierPage.dossiers.put("more", dossier(DossierState.AWAITING_SUPPLEMENT, false));
        navigate("hs/more", DossierPageView.class);
        assertThat(spanText("dossier-supplement")).startsWith("Hồ sơ cần bổ sung giấy tờ");
        assertThat(find(Span.class).withClassName("dossier-overdue").exists()).isFalse();
    }

    @Test
    void whileTheClockStandsThePageSaysPausedNotLateAndListsWhatToBring() {
        dossierPage.dossiers.put("paused", new DossierPage("000.00.23.H22-261123-0001", "Đăng ký khai sinh",
                DossierState.AWAITING_SUPPLEMENT, RECEIVED, DUE, "Phòng Kinh tế", false,
                LocalDateTime.of(2026, 11, 24, 10, 0), List.of(new MissingPaper("Bản sao sổ hộ khẩu", "để đối chiếu nơi cư trú"),
                        new MissingPaper("Giấy ủy quyền", "")), false, null));
        navigate("hs/paused", DossierPageView.class);

        assertThat(spanText("dossier-clock-stopped")).isEqualTo("Chờ công dân bổ sung — thời hạn tạm dừng");
        assertThat(spanText("dossier-supplement")).startsWith("Xin mời ông/bà mang đến");
        assertThat(viewText()).contains("Bản sao sổ hộ khẩu — để đối chiếu nơi cư trú", "Giấy ủy quyền");
        assertThat(spanText("dossier-due-note")).contains("tạm dừng từ 24/11/2026 10:00");
        assertThat(find(Span.class).withClassName("dossier-overdue").exists()).isFalse();

        dossierPage.dossiers.put("moved", new DossierPage("000.00.23.H22-261123-0001", "Đăng ký khai sinh",
                DossierState.PROCESSING, RECEIVED, DUE, "Phòng Kinh tế", false, null, List.of(), true, null));
        navigate("hs/moved", DossierPageView.class);
        assertThat(find(Span.class).withClassName("dossier-clock-stopped").exists()).isFalse();
        assertThat(spanText("dossier-due-note")).startsWith("Ngày hẹn trả đã được lùi");
        assertThat(viewText()).contains("Ngày hẹn trả kết quả27/11/2026 16:30");
    }

    @Test
    void anApprovedApologyShowsTheNewAppointmentWithTheApologyAndKeepsTheFirstDate() {
        dossierPage.dossiers.put("sorry", new DossierPage("000.00.23.H22-261123-0001", "Đăng ký khai sinh",
                DossierState.PROCESSING, RECEIVED, DUE, "Phòng Kinh tế", true, null, List.of(), false,
                LocalDateTime.of(2026, 12, 3, 17, 0)));
        navigate("hs/sorry", DossierPageView.class);

        assertThat(spanText("dossier-new-appointment")).isEqualTo("Hẹn lại ngày trả kết quả: 03/12/2026 17:00");
        assertThat(spanText("dossier-apology")).contains("xin lỗi");
        assertThat(viewText()).contains("Ngày hẹn trả kết quả27/11/2026 16:30");

        dossierPage.dossiers.put("tok", dossier(DossierState.PROCESSING, false));
        navigate("hs/tok", DossierPageView.class);
        assertThat(find(Span.class).withClassName("dossier-new-appointment").exists()).isFalse();
    }

    @Test
    void anUnknownTokenGetsWordsAndAWayToLookUp() {
        navigate("hs/no-such-token", DossierPageView.class);
        assertThat(spanText("dossier-unknown")).startsWith("Không tìm thấy hồ sơ");
        assertThat(find(Span.class).withClassName("dossier-code").exists()).isFalse();
        assertThat(viewText()).contains("Tra cứu bằng mã hồ sơ");
    }

    @Test
    void aMatchingLookUpOpensTheDossiersPage() {
        dossierPage.dossiers.put("tok", dossier(DossierState.RECEIVED, false));
        dossierPage.nextAnswer = new LookupAnswer(LookupOutcome.FOUND, "tok");
        navigate("hs", DossierLookupView.class);
        find(TextField.class).id("dossier-lookup-code").setValue("000.00.12.H12-261123-0007");
        find(TextField.class).id("dossier-lookup-phone").setValue("5678");
        test(find(Button.class).id("dossier-lookup-find")).click();

        assertThat(dossierPage.lookUps).containsExactly("000.00.12.H12-261123-0007/5678");
        assertThat(getCurrentView()).isInstanceOf(DossierPageView.class);
        assertThat(spanText("dossier-state")).isEqualTo("Đã tiếp nhận hồ sơ");
    }

    @Test
    void aMismatchAndTooManyTriesAreSaidInWords() {
        navigate("hs", DossierLookupView.class);
        test(find(Button.class).id("dossier-lookup-find")).click();
        assertThat(spanText("dossier-lookup-answer")).startsWith("Không tìm thấy hồ sơ với mã và số điện thoại này");

        dossierPage.nextAnswer = new LookupAnswer(LookupOutcome.TOO_MANY_TRIES, null);
        test(find(Button.class).id("dossier-lookup-find")).click();
        assertThat(spanText("dossier-lookup-answer")).startsWith("Ông/bà đã nhập sai quá nhiều lần");
        assertThat(getCurrentView()).isInstanceOf(DossierLookupView.class);
    }
}
