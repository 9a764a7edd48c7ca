package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.devices.printer.QrReader;
import vn.motcua.i18n.Translations;

/** The four national forms as PDF files: read back as text, every Vietnamese letter found, every font embedded. */
class FormPdfTest {

    private final FormPdf forms = new FormPdf(new Translations());

    @Test
    void theReceiptCarriesCodeDocumentsDueTimeOfficerAndTheNationalHeader() throws Exception {
        byte[] pdf = forms.receipt(SampleForms.receipt());

        String text = read(pdf, "receipt");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Mẫu số 01",
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", SampleForms.CODE, "Mã định danh: 000.00.23.H22",
                "Đăng ký biến động quyền sử dụng đất", "Đất đai", "1.004227",
                "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất: 1 bản",
                "Giấy chứng nhận quyền sử dụng đất (bản gốc): 1 bản", "Hợp đồng chuyển nhượng có công chứng: 2 bản",
                "08 giờ 30 phút, ngày 02/12/2026", "14 giờ 00 phút, ngày 09/12/2026", SampleForms.OFFICER,
                SampleForms.APPLICANT, "Chủ hồ sơ: Lê Thị Ngọc Ánh", "0912 345 678", "Nộp trực tiếp",
                "Phí, lệ phí: 50.000 đồng", "Đường dây nóng: 0222 3 822 822", SampleForms.TRACKING_URL);
        assertEveryFontIsEmbedded(pdf);
        assertA4Portrait(pdf);
        assertThat(qrCodeOnFirstPage(pdf)).isEqualTo(SampleForms.TRACKING_URL);
    }

    @Test
    void optionalReceiptFieldsAreLeftOutNotPrintedAsNull() throws IOException {
        ReceiptForm full = SampleForms.receipt();
        ReceiptForm bare = new ReceiptForm(full.centerName(), full.agencyId(), full.code(), full.procedureCode(),
                full.procedureName(), full.applicantName(), null, null, ReceiptForm.Channel.POST, full.documents(),
                full.receivedAt(), full.dueAt(), full.officerName(), full.trackingUrl(), full.hotline(), null);

        String text = read(forms.receipt(bare), "receipt-bare");

        assertThat(text).contains("Nộp qua dịch vụ bưu chính công ích").doesNotContain("null", "Chủ hồ sơ", "Phí, lệ phí");
    }

    @Test
    void theApologySaysWhyTheNewDateAndTheFirstOneWithTheQrOfTheCitizensPage() throws Exception {
        byte[] pdf = forms.apology(SampleForms.apology());

        String text = read(pdf, "apology");
        assertThat(text).contains("Mẫu số 04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", SampleForms.CODE,
                "Mã định danh: 000.00.23.H22", SampleForms.APPLICANT, "1.004227",
                "Thời gian tiếp nhận hồ sơ: 08 giờ 30 phút, ngày 02/12/2026",
                "Ngày hẹn trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 09/12/2026",
                "Chờ ý kiến thẩm định của Sở Nông nghiệp và Môi trường về ranh giới thửa đất",
                "Thời gian hẹn lại trả kết quả: 17 giờ 00 phút, ngày 14/12/2026", "thành thật xin lỗi ông/bà",
                "THỦ TRƯỞNG CƠ QUAN", "Lê Quang Hải", "Đường dây nóng: 0222 3 822 822");
        assertEveryFontIsEmbedded(pdf);
        assertA4Portrait(pdf);
        assertThat(qrCodeOnFirstPage(pdf)).isEqualTo(SampleForms.TRACKING_URL);
    }

    @Test
    void theSupplementRequestListsEverythingMissingWithItsReason() throws IOException {
        byte[] pdf = forms.supplement(SampleForms.supplement(1, null));

        String text = read(pdf, "supplement");
        assertThat(text).contains("Mẫu số 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", SampleForms.CODE,
                "Bổ sung bản sao trích lục thửa đất", "Thiếu trong thành phần hồ sơ",
                "Chữ ký của đồng sở hữu Lê Thị Ngọc Ánh", "Đơn chưa có đủ chữ ký", "Yêu cầu bổ sung lần thứ: 1",
                "09 giờ 15 phút, ngày 03/12/2026", SampleForms.OFFICER, "Đất đai");
        assertThat(text).doesNotContain("Lý do phải yêu cầu bổ sung thêm");
        assertEveryFontIsEmbedded(pdf);
    }

    @Test
    void aSecondSupplementRequestShowsItsStatedReason() throws IOException {
        String text = read(forms.supplement(SampleForms.supplement(2, "Văn bản mới của Sở Tài nguyên và Môi trường")),
                "supplement-second");

        assertThat(text).contains("Yêu cầu bổ sung lần thứ: 2",
                "Lý do phải yêu cầu bổ sung thêm: Văn bản mới của Sở Tài nguyên và Môi trường");
    }

    @Test
    void aSecondSupplementRequestWithoutReasonIsNotAForm() {
        assertThatThrownBy(() -> SampleForms.supplement(2, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRefusalSaysWhyAndWho() throws IOException {
        byte[] pdf = forms.refusal(SampleForms.refusal());

        String text = read(pdf, "refusal");
        assertThat(text).contains("Mẫu số 03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", SampleForms.CODE,
                "Thửa đất đang có tranh chấp, chưa đủ điều kiện đăng ký biến động", SampleForms.OFFICER,
                SampleForms.APPLICANT, "08 giờ 30 phút, ngày 02/12/2026");
        assertEveryFontIsEmbedded(pdf);
    }

    @Test
    void theControlSlipNamesEveryHolderWithTheTimeHeld() throws IOException {
        byte[] pdf = forms.controlSlip(SampleForms.controlSlip(
                new ControlSlipForm.Result("Đã giải quyết, trả kết quả", Instant.parse("2026-12-08T03:00:00Z"))));

        String text = read(pdf, "control-slip");
        assertThat(text).contains("Mẫu số 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", SampleForms.CODE,
                "Nguyễn Thị Hồng Nhung (Bộ phận một cửa)", "Phạm Quốc Bảo (Văn phòng đăng ký đất đai)",
                "Võ Thị Thu Hường (Phòng Tài nguyên và Môi trường)", "Đặng Minh Khôi (Lãnh đạo Ủy ban nhân dân)",
                "2 giờ 15 phút", "3 ngày 1 giờ 5 phút", "40 phút", "Đúng hạn", "Quá hạn",
                "09 giờ 00 phút, ngày 02/12/2026", "12 giờ 20 phút, ngày 05/12/2026",
                "Kết quả giải quyết hồ sơ: Đã giải quyết, trả kết quả, lúc 10 giờ 00 phút, ngày 08/12/2026");
        assertThat(text).doesNotContain("Hồ sơ đang được giải quyết");
        assertEveryFontIsEmbedded(pdf);
    }

    @Test
    void aControlSlipWithoutResultSaysTheDossierIsStillBeingHandled() throws IOException {
        assertThat(read(forms.controlSlip(SampleForms.controlSlip(null)), "control-slip-open"))
                .contains("Hồ sơ đang được giải quyết.", "Thẩm định hồ sơ");
    }

    /** The page's text with every run of white space made one space: table cells wrap where their column ends. */
    static String read(byte[] pdf, String name) throws IOException {
        // Kept for people to open and look at.
        Path sample = Files.createDirectories(Path.of("target", "forms")).resolve(name + ".pdf");
        Files.write(sample, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 72), "png",
                    sample.resolveSibling(name + ".png").toFile());
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String qrCodeOnFirstPage(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return QrReader.read(new PDFRenderer(document).renderImageWithDPI(0, 150));
        }
    }

    private static void assertA4Portrait(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, offset(1f));
        }
    }

    static void assertEveryFontIsEmbedded(byte[] pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).as("fonts on the pages").isNotEmpty();
            assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue());
        }
    }

    /** Fonts of a page and of the form XObjects it draws (the QR code is one), however deep. */
    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
