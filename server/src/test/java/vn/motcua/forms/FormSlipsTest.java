package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.motcua.devices.printer.SlipPrint;
import vn.motcua.i18n.Translations;

/** The receipt and the supplement request on a thermal slip say what the forms say, in Vietnamese. */
class FormSlipsTest {

    private final FormSlips slips = new FormSlips(new Translations());

    @Test
    void theReceiptSlipCarriesCodeDocumentsDueTimeOfficerAndTheTrackingQr() {
        SlipPrint slip = slips.receipt(SampleForms.receipt());

        assertThat(slip.title()).isEqualTo("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        assertThat(slip.lines()).contains(
                new SlipPrint.Line("Mã hồ sơ", SampleForms.CODE),
                new SlipPrint.Line("Thời gian trả kết quả giải quyết hồ sơ", "14 giờ 00 phút, ngày 09/12/2026"),
                new SlipPrint.Line("Cán bộ tiếp nhận", SampleForms.OFFICER),
                new SlipPrint.Line("Chủ hồ sơ", "Lê Thị Ngọc Ánh"));
        assertThat(slip.lines()).filteredOn(line -> line.label().equals("Thành phần hồ sơ nộp gồm")).singleElement()
                .satisfies(line -> assertThat(line.value()).contains(
                        "1) Đơn đăng ký biến động đất đai, tài sản gắn liền với đất: 1 bản",
                        "3) Hợp đồng chuyển nhượng có công chứng: 2 bản"));
        assertThat(slip.qrUrl()).isEqualTo(SampleForms.TRACKING_URL);
        assertThat(slip.footer()).contains(SampleForms.CENTER, "0222 3 822 822");
    }

    @Test
    void theSupplementSlipListsEachItemWithItsReasonAndWhyItIsAskedAgain() {
        SlipPrint slip = slips.supplement(SampleForms.supplement(2, "Văn bản mới của Sở Tài nguyên và Môi trường"));

        assertThat(slip.title()).isEqualTo("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
        assertThat(slip.lines()).contains(
                new SlipPrint.Line("Cần bổ sung (1)", "Bổ sung bản sao trích lục thửa đất. Lý do: Thiếu trong thành phần hồ sơ"),
                new SlipPrint.Line("Cần bổ sung (2)", "Chữ ký của đồng sở hữu Lê Thị Ngọc Ánh. Lý do: Đơn chưa có đủ chữ ký"),
                new SlipPrint.Line("Yêu cầu bổ sung lần thứ", "2"),
                new SlipPrint.Line("Lý do phải yêu cầu bổ sung thêm", "Văn bản mới của Sở Tài nguyên và Môi trường"),
                new SlipPrint.Line("Cán bộ hướng dẫn", SampleForms.OFFICER));
    }

    @Test
    void theApologySlipCarriesTheReasonTheFirstAndTheNewDateAndWhoApproved() {
        SlipPrint slip = slips.apology(SampleForms.apology());

        assertThat(slip.title()).isEqualTo("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
        assertThat(slip.lines()).contains(
                new SlipPrint.Line("Mã hồ sơ", SampleForms.CODE),
                new SlipPrint.Line("Ngày hẹn trả kết quả giải quyết hồ sơ", "14 giờ 00 phút, ngày 09/12/2026"),
                new SlipPrint.Line("Lý do", "Chờ ý kiến thẩm định của Sở Nông nghiệp và Môi trường về ranh giới thửa đất"),
                new SlipPrint.Line("Thời gian hẹn lại trả kết quả", "17 giờ 00 phút, ngày 14/12/2026"),
                new SlipPrint.Line("Lãnh đạo duyệt", "Lê Quang Hải"));
        assertThat(slip.qrUrl()).isEqualTo(SampleForms.TRACKING_URL);
        assertThat(slip.footer()).contains(SampleForms.CENTER, "0222 3 822 822");
    }
}
