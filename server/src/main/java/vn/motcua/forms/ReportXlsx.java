package vn.motcua.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.center.CenterTime;
import vn.motcua.forms.ReportTable.Column;
import vn.motcua.forms.ReportTable.Section;

/**
 * A report as a workbook: a sheet per section, its title and line above a bold frozen header; counts and rates as
 * numbers (a rate as a fraction with a percent format, so sums and charts work), days and moments as real dates.
 */
final class ReportXlsx {

    private static final int CHARACTER = 256;
    private static final int HEADER_ROW = 3;

    private ReportXlsx() {
    }

    static byte[] render(ReportTable report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (Section section : report.sections()) {
                sheet(workbook.createSheet(sheetName(section.name(), names)), report, section, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook cannot be written", e);
        }
    }

    private static void sheet(Sheet sheet, ReportTable report, Section section, Styles styles) {
        text(sheet.createRow(0), 0, report.title(), styles.title);
        text(sheet.createRow(1), 0, report.subtitle() + (section.heading().isBlank() ? "" : " – " + section.heading()),
                null);
        List<Column> columns = section.columns();
        Row header = sheet.createRow(HEADER_ROW);
        for (int column = 0; column < columns.size(); column++) {
            text(header, column, columns.get(column).heading(), styles.header);
            sheet.setColumnWidth(column, Math.min(60, Math.max(12, columns.get(column).heading().length() + 2))
                    * CHARACTER);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        int next = HEADER_ROW + 1;
        for (List<Object> cells : section.rows()) {
            Row row = sheet.createRow(next++);
            for (int column = 0; column < cells.size(); column++) {
                cell(row, column, columns.get(column), cells.get(column), styles);
            }
        }
        next++;
        for (String note : report.notes()) {
            text(sheet.createRow(next++), 0, note, null);
        }
    }

    private static void cell(Row row, int column, Column kind, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        switch (kind.kind()) {
            case TEXT -> cell.setCellValue((String) value);
            case COUNT -> cell.setCellValue(((Number) value).doubleValue());
            case PERCENT -> {
                cell.setCellValue((Double) value / 100);
                cell.setCellStyle(styles.percent);
            }
            case DECIMAL -> {
                cell.setCellValue((Double) value);
                cell.setCellStyle(styles.decimal);
            }
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
            }
            case TIME -> {
                cell.setCellValue(((Instant) value).atZone(CenterTime.ZONE).toLocalDateTime());
                cell.setCellStyle(styles.time);
            }
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\), unique in the workbook. */
    private static String sheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The few styles a workbook shares (each one is a record in the file, not one per cell). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle percent;
        final CellStyle decimal;
        final CellStyle date;
        final CellStyle time;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            percent = format(workbook, "0.0%");
            decimal = format(workbook, "0.0");
            date = format(workbook, "dd/mm/yyyy");
            time = format(workbook, "dd/mm/yyyy hh:mm");
        }

        private static CellStyle format(XSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
