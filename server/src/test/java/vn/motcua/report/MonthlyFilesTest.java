package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.center.Centers;
import vn.motcua.forms.ReportFiles;
import vn.motcua.forms.ReportTable;
import vn.motcua.i18n.Translations;

/**
 * The monthly report's, the quarterly report's and the targets' files read back on the hand-built October of {@link
 * MonthlyReportData}: XLSX cells with their values and types, CSV bytes with the BOM, PDF text; the first page of
 * each PDF is rendered to PNG (target/screenshots/e2e-monthly-pdf-*.png) for a person to look at.
 */
@ServerTest
class MonthlyFilesTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    MonthlyReports reports;
    @Autowired
    ReportFiles files;
    @Autowired
    Centers centers;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void october() {
        MonthlyReportData.clean(jdbc, data);
        new MonthlyReportData(jdbc, data).write();
    }

    @AfterEach
    void clean() {
        MonthlyReportData.clean(jdbc, data);
    }

    @Test
    void theMonthsWorkbookHasNumbersAsNumbersAndTheClassification() throws IOException {
        ReportTable month = reports.monthTable(OCTOBER, Optional.empty(), Translations.VIETNAMESE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.xlsx(month)))) {
            Sheet dossiers = book.getSheet("Hồ sơ");
            Row kt = row(dossiers, "Phòng Kinh tế");
            assertThat(kt.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(kt.getCell(1).getNumericCellValue()).as("received").isEqualTo(4.0);
            assertThat(kt.getCell(5).getNumericCellValue()).as("on-time rate, a fraction shown as %").isEqualTo(0.5);
            assertThat(kt.getCell(5).getCellStyle().getDataFormatString()).contains("%");
            assertThat(kt.getCell(6).getNumericCellValue()).as("overdue at reception").isEqualTo(1.0);
            assertThat(kt.getCell(9).getNumericCellValue()).as("returned several times").isEqualTo(1.0);
            Row center = row(dossiers, centers.profile().getName());
            assertThat(center.getCell(1).getNumericCellValue()).isEqualTo(6.0);
            Sheet counters = book.getSheet("Quầy và hài lòng");
            Row ktCounters = row(counters, "Phòng Kinh tế");
            assertThat(ktCounters.getCell(2).getNumericCellValue()).as("average wait, minutes").isEqualTo(20.0);
            Row ca = row(counters, "Công an xã");
            assertThat(ca.getCell(2) == null || ca.getCell(2).getCellType() == CellType.BLANK)
                    .as("no ticket called: nothing, not 0").isTrue();
            Sheet classes = book.getSheet("Phân loại");
            Row reception = row(classes, "Có hồ sơ quá hạn trong tiếp nhận");
            assertThat(reception.getCell(1).getStringCellValue()).isEqualTo("Phòng Kinh tế");
            assertThat(reception.getCell(2).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void theQuartersWorkbookPutsTheMonthsSideBySide() throws IOException {
        ReportTable quarter = reports.quarterTable(OCTOBER, Optional.empty(), Translations.VIETNAMESE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.xlsx(quarter)))) {
            Sheet returned = book.getSheet("Trả lại do lỗi");
            Row header = row(returned, "Đơn vị");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Tháng 10/2026");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Cả quý");
            Row kt = row(returned, "Phòng Kinh tế");
            assertThat(Arrays.asList(kt.getCell(1).getNumericCellValue(), kt.getCell(2).getNumericCellValue(),
                    kt.getCell(3).getNumericCellValue(), kt.getCell(4).getNumericCellValue()))
                    .containsExactly(2.0, 1.0, 0.0, 3.0);
        }
    }

    @Test
    void theCsvFilesStartWithTheBomAndKeepTheMarks() {
        for (ReportTable table : new ReportTable[] {
                reports.monthTable(OCTOBER, Optional.empty(), Translations.VIETNAMESE),
                reports.quarterTable(OCTOBER, Optional.empty(), Translations.VIETNAMESE),
                reports.targetsTable(ReportPeriod.month(OCTOBER), Optional.empty(), Translations.VIETNAMESE)}) {
            byte[] csv = files.csv(table);
            assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                    .contains(table.sections().get(0).columns().get(0).heading());
        }
        assertThat(new String(files.csv(reports.monthTable(OCTOBER, Optional.empty(), Translations.VIETNAMESE)),
                StandardCharsets.UTF_8)).contains("Phòng Kinh tế,4,4,2,2,50.0,1,1,2,1,2,1,1");
        String targets = new String(files.csv(reports.targetsTable(ReportPeriod.month(OCTOBER), Optional.empty(),
                Translations.VIETNAMESE)), StandardCharsets.UTF_8);
        assertThat(targets).contains("Chưa ghi nhận ở đây", "Không đạt", "Phần mềm không ghi việc tái sử dụng");
    }

    @Test
    void thePdfsCarryTheTitlesTheFiguresAndThePlacesToSign() throws IOException {
        assertThat(pdf("month", reports.monthTable(OCTOBER, Optional.empty(), Translations.VIETNAMESE)))
                .contains("BÁO CÁO TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", "Tháng 10/2026", "Phòng Kinh tế",
                        "Có hồ sơ quá hạn trong tiếp nhận", "Người lập biểu", "Lãnh đạo Trung tâm");
        assertThat(pdf("quarter", reports.quarterTable(OCTOBER, Optional.empty(), Translations.VIETNAMESE)))
                .contains("Quý IV/2026", "Cả quý", "Tháng 12/2026");
        assertThat(pdf("targets", reports.targetsTable(ReportPeriod.month(OCTOBER), Optional.empty(),
                Translations.VIETNAMESE))).contains("THEO DÕI THỰC HIỆN CHỈ TIÊU", "Chưa ghi nhận ở đây", "50,0");
    }

    @Test
    void aHeadsFilesHoldTheirUnitAlone() {
        long kt = jdbc.sql("select id from unit where code = 'KT'").query(Long.class).single();
        String csv = new String(files.csv(reports.monthTable(OCTOBER, Optional.of(kt), Translations.VIETNAMESE)),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Phòng Kinh tế").doesNotContain("Phòng Tư pháp").doesNotContain(centers.profile()
                .getName() + ",");
    }

    private String pdf(String name, ReportTable table) throws IOException {
        byte[] bytes = files.pdf(table, centers.profile().getName());
        try (PDDocument document = Loader.loadPDF(bytes)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            ImageIO.write(page, "png", shots.resolve("e2e-monthly-pdf-" + name + ".png").toFile());
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static Row row(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("No row " + first + " in " + sheet.getSheetName());
    }
}
