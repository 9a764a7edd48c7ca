package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.screens.catalogue.CatalogueView;

class CatalogueScreenTest extends ScreenTest {

    @Test
    void anyoneSeesEveryProcedureUnderItsFieldWithTimeFeeAndTheDemoNote() {
        UI.getCurrent().navigate("thu-tuc");

        assertThat(getCurrentView()).isInstanceOf(CatalogueView.class);
        assertThat(find(Section.class).withClassName("catalogue-field").all())
                .extracting(section -> section.getElement().getAttribute("data-field"))
                .containsExactly("TPHT", "DD", "XD", "DKKD", "LDTBXH", "CA");
        assertThat(shownProcedures()).hasSizeGreaterThanOrEqualTo(16).startsWith("1.001193", "1.000894");
        assertThat(viewText()).contains("Danh mục đang dùng giá trị minh họa");
        String birth = card("1.001193");
        assertThat(birth).contains("Mã 1.001193", "4 tại chỗ", "Giá trị minh họa", "Đăng ký khai sinh",
                "Thời hạn giải quyếtTrong ngày", "Phí, lệ phíMiễn lệ phí khi đăng ký đúng hạn",
                "Tờ khai đăng ký khai sinh (theo mẫu)01 bản chính",
                "Tiếp nhận hồ sơ10% thời hạn", "Thẩm định – Phòng Tư pháp – Hộ tịch50% thời hạn",
                "Lãnh đạo ký duyệt30% thời hạn", "Trả kết quả10% thời hạn");
        assertThat(card("1.004222")).contains("7 ngày làm việc", "Thẩm định – Công an xã70% thời hạn")
                .doesNotContain("4 tại chỗ");
        assertThat(card("1.013225")).contains("75.000 đồng/giấy phép", "Bản vẽ thiết kế xây dựng02 bộ bản chính");
    }

    @Test
    void theSearchForgivesMissingMarksAndFindsByCode() {
        UI.getCurrent().navigate("thu-tuc");
        TextField search = find(TextField.class).withClassName("catalogue-search").single();

        test(search).setValue("chung thuc");
        assertThat(shownProcedures()).containsExactly("2.000815", "2.000884");

        test(search).setValue("ĐẤT ĐAI");
        assertThat(shownProcedures()).containsExactly("1.012753");

        test(search).setValue("1.004873");
        assertThat(shownProcedures()).containsExactly("1.004873");

        test(search).setValue("ho chieu");
        assertThat(shownProcedures()).isEmpty();
        assertThat(viewText()).contains("Không tìm thấy thủ tục nào cho “ho chieu”.");
    }

    @Test
    void oneProceduresOwnPageIsOpenAndAnUnknownCodeSaysSo() {
        UI.getCurrent().navigate("thu-tuc/2.000815");

        NativeDetails card = find(NativeDetails.class).withClassName("procedure-card").single();
        assertThat(card.isOpen()).isTrue();
        assertThat(card.getElement().getAttribute("data-procedure")).isEqualTo("2.000815");
        assertThat(viewText()).contains("2.000 đồng/trang", "← Tất cả thủ tục");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Chứng thực bản sao từ bản chính giấy tờ, văn bản");

        UI.getCurrent().navigate("thu-tuc/9.999999");
        assertThat(find(NativeDetails.class).withClassName("procedure-card").all()).isEmpty();
        assertThat(viewText()).contains("Danh mục của trung tâm không có thủ tục mang mã “9.999999”.");
    }

    private List<String> shownProcedures() {
        return find(NativeDetails.class).withClassName("procedure-card").all().stream()
                .map(card -> card.getElement().getAttribute("data-procedure")).toList();
    }

    private String card(String code) {
        return find(NativeDetails.class).withAttribute("data-procedure", code).single().getElement()
                .getTextRecursively();
    }
}
