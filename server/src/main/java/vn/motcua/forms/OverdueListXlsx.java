package vn.motcua.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.center.CenterTime;

/**
 * The overdue list as a workbook: one row per dossier with its unit in a column (so the sheet filters and sorts), times
 * as real dates, working hours as numbers; the weekly count on a second sheet. Header rows bold and frozen.
 */
final class OverdueListXlsx {

    private static final int[] WIDTHS = {28, 6, 30, 12, 45, 14, 18, 24, 17, 12, 17, 12, 24, 24, 17};
    private static final int CHARACTER = 256;

    private OverdueListXlsx() {
    }

    static byte[] render(OverdueListForm form, FormWords words) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            list(workbook.createSheet(words.text("forms.overdue.sheet.list", words.date(form.day()).replace('/', '-'))),
                    form, words, styles);
            weekly(workbook.createSheet(words.text("forms.overdue.sheet.weekly")), form.weekly(), words, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook cannot be written", e);
        }
    }

    private static void list(Sheet sheet, OverdueListForm form, FormWords words, Styles styles) {
        header(sheet, styles, List.of(words.text("forms.overdue.column.unit"), words.text("forms.column.number"),
                words.text("forms.overdue.column.code"), words.text("forms.overdue.column.procedure-code"),
                words.text("forms.overdue.column.procedure"), words.text("forms.overdue.column.state"),
                words.text("forms.overdue.column.step"), words.text("forms.overdue.column.holder-name"),
                words.text("forms.overdue.column.held-since"), words.text("forms.overdue.column.held-hours"),
                words.text("forms.overdue.column.due"), words.text("forms.overdue.column.late-hours"),
                words.text("forms.overdue.column.officer"), words.text("forms.overdue.column.head"),
                words.text("forms.overdue.column.new-date")));
        int next = 1;
        for (OverdueListForm.Unit unit : form.units()) {
            String unitName = unit.name() == null ? words.text("forms.overdue.unassigned") : unit.name();
            int number = 1;
            for (OverdueListForm.Row line : unit.rows()) {
                Row row = sheet.createRow(next++);
                text(row, 0, unitName);
                row.createCell(1).setCellValue(number++);
                text(row, 2, line.code());
                text(row, 3, line.procedureCode());
                text(row, 4, line.procedureName());
                text(row, 5, words.text(line.late() ? "forms.overdue.late" : "forms.overdue.due-soon"));
                text(row, 6, line.step() == null ? words.text("forms.overdue.whole-dossier") : line.step());
                text(row, 7, line.holderName());
                date(row, 8, line.heldSince(), styles);
                hours(row, 9, line.heldFor(), styles);
                date(row, 10, line.dueAt(), styles);
                hours(row, 11, line.lateBy(), styles);
                text(row, 12, line.officerName());
                text(row, 13, line.headName());
                date(row, 14, line.newAppointmentAt(), styles);
            }
        }
        widths(sheet, WIDTHS);
    }

    private static void weekly(Sheet sheet, OverdueListForm.Weekly weekly, FormWords words, Styles styles) {
        List<String> heads = new ArrayList<>();
        heads.add(words.text("forms.overdue.column.unit"));
        for (LocalDate monday : weekly.mondays()) {
            heads.add(words.text("forms.overdue.week", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    words.date(monday), words.date(monday.plusDays(6))));
        }
        heads.add(words.text("forms.overdue.column.total"));
        header(sheet, styles, heads);
        int next = 1;
        for (OverdueListForm.WeekRow line : weekly.rows()) {
            Row row = sheet.createRow(next++);
            text(row, 0, line.unit() == null ? words.text("forms.overdue.unassigned") : line.unit());
            int column = 1;
            int total = 0;
            for (int count : line.counts()) {
                row.createCell(column++).setCellValue(count);
                total += count;
            }
            row.createCell(column).setCellValue(total);
        }
        int[] widths = new int[heads.size()];
        Arrays.fill(widths, 24);
        widths[0] = 30;
        widths(sheet, widths);
    }

    private static void header(Sheet sheet, Styles styles, List<String> heads) {
        Row row = sheet.createRow(0);
        for (int column = 0; column < heads.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(heads.get(column));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int[] characters) {
        for (int column = 0; column < characters.length; column++) {
            sheet.setColumnWidth(column, characters[column] * CHARACTER);
        }
    }

    /** A cell left blank for nothing known, rather than a dash a sum would trip over. */
    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void date(Row row, int column, Instant at, Styles styles) {
        if (at != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(at.atZone(CenterTime.ZONE).toLocalDateTime());
            cell.setCellStyle(styles.date);
        }
    }

    private static void hours(Row row, int column, OverdueListForm.Span span, Styles styles) {
        if (span != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(span.total().toMinutes() / 60.0);
            cell.setCellStyle(styles.hours);
        }
    }

    /** The few styles a workbook shares (each one is a record in the file, not one per cell). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle hours;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            hours = workbook.createCellStyle();
            hours.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        }
    }
}
