package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Translations;

/** The daily overdue list on A4 landscape and as a workbook, read back: Vietnamese intact, numbers and dates typed. */
class OverdueListPapersTest {

    private static final Instant DUE = at(2026, 11, 20, 16, 0);
    private static final Instant HELD_SINCE = at(2026, 11, 18, 9, 15);
    private static final OverdueListForm FORM = new OverdueListForm("Trung tâm Phục vụ hành chính công xã Tân Hòa",
            LocalDate.of(2026, 12, 2), at(2026, 12, 2, 7, 30), false, "Trần Thị Mai", List.of(
                    new OverdueListForm.Unit("Phòng Tư pháp – Hộ tịch", "Nguyễn Văn Hùng", List.of(
                            new OverdueListForm.Row("000.00.23.H22-261116-0001", "1.004873",
                                    "Cấp Giấy xác nhận tình trạng hôn nhân", true, null, "Vũ Ngọc Ánh", HELD_SINCE,
                                    new OverdueListForm.Span(9, Duration.ofMinutes(135), Duration.ofMinutes(9 * 570 + 135)),
                                    DUE, new OverdueListForm.Span(7, Duration.ZERO, Duration.ofMinutes(7 * 570)),
                                    "Nguyễn Thị Hương", "Nguyễn Văn Hùng", at(2026, 12, 9, 10, 0)),
                            new OverdueListForm.Row("000.00.23.H22-261202-0003", "2.000123", null, false,
                                    "Thẩm định, xử lý", "Lê Minh Tuấn", at(2026, 12, 2, 7, 40),
                                    new OverdueListForm.Span(0, Duration.ZERO, Duration.ZERO), at(2026, 12, 3, 8, 0),
                                    null, null, null, null))),
                    new OverdueListForm.Unit(null, null, List.of(new OverdueListForm.Row("XD-1", "2.000123", null,
                            true, null, null, null, null, at(2026, 11, 22, 10, 0),
                            new OverdueListForm.Span(6, Duration.ofMinutes(120), Duration.ofMinutes(6 * 570 + 120)),
                            null, null, null))),
                    new OverdueListForm.Unit("Công an xã", null, List.of())),
            new OverdueListForm.Weekly(List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)), List.of(
                    new OverdueListForm.WeekRow("Phòng Tư pháp – Hộ tịch", List.of(1, 2)),
                    new OverdueListForm.WeekRow(null, List.of(0, 1)))));

    @Test
    void thePaperIsLandscapeWithOneTablePerUnitInVietnamese() throws IOException {
        byte[] pdf = new FormPdf(new Translations()).overdueList(FORM);

        String text = FormPdfTest.read(pdf, "overdue-list");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TÂN HÒA",
                "DANH SÁCH HỒ SƠ QUÁ HẠN VÀ SẮP ĐẾN HẠN", "Ngày 02/12/2026",
                "Phòng Tư pháp – Hộ tịch (Trưởng bộ phận: Nguyễn Văn Hùng)", "000.00.23.H22-261116-0001",
                "Cấp Giấy xác nhận tình trạng hôn nhân", "Vũ Ngọc Ánh, từ 09 giờ 15 phút, ngày 18/11/2026",
                "9 ngày làm việc 2 giờ 15 phút", "7 ngày làm việc", "Nguyễn Thị Hương; Trưởng bộ phận: Nguyễn Văn Hùng",
                "10 giờ 00 phút, ngày 09/12/2026", "Sắp đến hạn – bước: Thẩm định, xử lý", "Lê Minh Tuấn",
                "Chưa xác định đơn vị", "XD-1", "Không có người giữ tại trung tâm", "Chưa xác định cán bộ",
                "Công an xã", "Không có hồ sơ quá hạn hoặc sắp đến hạn.", "NGƯỜI LẬP DANH SÁCH",
                "LÃNH ĐẠO TRUNG TÂM", "Trần Thị Mai");
        assertThat(text).doesNotContain("null");
        FormPdfTest.assertEveryFontIsEmbedded(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 landscape").isCloseTo(842f, offset(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(595f, offset(1f));
        }
    }

    @Test
    void theWorkbookTypesNumbersAndDatesAndCountsTheWeeks() throws IOException {
        byte[] xlsx = new FormXlsx(new Translations()).overdueList(FORM);
        Files.write(Files.createDirectories(Path.of("target", "forms")).resolve("overdue-list.xlsx"), xlsx);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet list = workbook.getSheetAt(0);
            assertThat(list.getSheetName()).isEqualTo("Danh sách 02-12-2026");
            assertThat(list.getPaneInformation().isFreezePane()).isTrue();
            Row header = list.getRow(0);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Mã hồ sơ");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(list.getColumnWidth(4)).isGreaterThan(list.getColumnWidth(1));
            Row late = list.getRow(1);
            assertThat(late.getCell(0).getStringCellValue()).isEqualTo("Phòng Tư pháp – Hộ tịch");
            assertThat(late.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(late.getCell(2).getStringCellValue()).isEqualTo("000.00.23.H22-261116-0001");
            assertThat(late.getCell(4).getStringCellValue()).isEqualTo("Cấp Giấy xác nhận tình trạng hôn nhân");
            assertThat(late.getCell(5).getStringCellValue()).isEqualTo("Quá hạn");
            assertThat(late.getCell(7).getStringCellValue()).isEqualTo("Vũ Ngọc Ánh");
            assertDate(late.getCell(8), LocalDateTime.of(2026, 11, 18, 9, 15));
            assertThat(late.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(late.getCell(9).getNumericCellValue()).isCloseTo((9 * 570 + 135) / 60.0, offset(0.001));
            assertDate(late.getCell(10), LocalDateTime.of(2026, 11, 20, 16, 0));
            assertThat(late.getCell(11).getNumericCellValue()).isCloseTo(66.5, offset(0.001));
            assertThat(late.getCell(12).getStringCellValue()).isEqualTo("Nguyễn Thị Hương");
            assertDate(late.getCell(14), LocalDateTime.of(2026, 12, 9, 10, 0));
            Row soon = list.getRow(2);
            assertThat(soon.getCell(5).getStringCellValue()).isEqualTo("Sắp đến hạn");
            assertThat(soon.getCell(6).getStringCellValue()).isEqualTo("Thẩm định, xử lý");
            assertThat(soon.getCell(11)).as("not late: left blank").isNull();
            assertThat(list.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Chưa xác định đơn vị");
            assertThat(list.getRow(4)).as("an empty unit has no row").isNull();

            Sheet weekly = workbook.getSheetAt(1);
            assertThat(weekly.getSheetName()).isEqualTo("Thống kê theo tuần");
            assertThat(weekly.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Tuần 48 (23/11/2026 – 29/11/2026)");
            assertThat(weekly.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Tuần 49 (30/11/2026 – 06/12/2026)");
            assertThat(weekly.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(weekly.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(weekly.getRow(1).getCell(3).getNumericCellValue()).as("total").isEqualTo(3);
            assertThat(weekly.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Chưa xác định đơn vị");
            assertThat(weekly.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    private static void assertDate(Cell cell, LocalDateTime expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).as("formatted as a date").isTrue();
        assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(expected);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CenterTime.ZONE).toInstant();
    }
}
