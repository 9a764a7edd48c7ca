package vn.motcua.forms;

import org.springframework.stereotype.Service;
import vn.motcua.i18n.Translations;

/** Renders the national dossier forms as A4 PDF files with real text and embedded fonts, always in Vietnamese. */
@Service
public class FormPdf {

    private final FormWords words;

    /** Needs only the translations, so tests can build it without the application. */
    public FormPdf(Translations translations) {
        this.words = new FormWords(translations);
    }

    /** Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    public byte[] receipt(ReceiptForm form) {
        return ReceiptPdf.render(form, words);
    }

    /** Mẫu 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
    public byte[] supplement(SupplementForm form) {
        return SupplementPdf.render(form, words);
    }

    /** Mẫu 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
    public byte[] refusal(RefusalForm form) {
        return RefusalPdf.render(form, words);
    }

    /** Mẫu 04, Phiếu xin lỗi và hẹn lại ngày trả kết quả. */
    public byte[] apology(ApologyForm form) {
        return ApologyPdf.render(form, words);
    }

    /** Danh sách hồ sơ quá hạn và sắp đến hạn: the daily overdue list, A4 landscape. */
    public byte[] overdueList(OverdueListForm form) {
        return OverdueListPdf.render(form, words);
    }

    /** Mẫu 06, Phiếu kiểm soát quá trình giải quyết hồ sơ. */
    public byte[] controlSlip(ControlSlipForm form) {
        return ControlSlipPdf.render(form, words);
    }
}
