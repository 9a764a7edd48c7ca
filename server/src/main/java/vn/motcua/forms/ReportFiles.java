package vn.motcua.forms;

import org.springframework.stereotype.Service;
import vn.motcua.i18n.Translations;

/** Every report as the three files a center asks for: XLSX for the spreadsheet, CSV for any program, PDF to sign. */
@Service
public class ReportFiles {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv;charset=UTF-8";
    public static final String PDF = "application/pdf";

    private final FormWords words;

    /** Needs only the translations, so tests can build it without the application. */
    public ReportFiles(Translations translations) {
        this.words = new FormWords(translations);
    }

    public byte[] xlsx(ReportTable report) {
        return ReportXlsx.render(report);
    }

    public byte[] csv(ReportTable report) {
        return ReportCsv.render(report);
    }

    /** The PDF under the center's header ({@code centerName}, in capitals as the national header writes it). */
    public byte[] pdf(ReportTable report, String centerName) {
        return ReportPdf.render(report, centerName, words);
    }
}
