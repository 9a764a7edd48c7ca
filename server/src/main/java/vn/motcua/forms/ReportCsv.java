package vn.motcua.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.motcua.center.CenterTime;
import vn.motcua.forms.ReportTable.Section;

/**
 * A report as CSV: UTF-8 with a byte order mark, so Excel reads the marks of Vietnamese; each section as its heading,
 * its header row and its rows, a blank line between. Numbers with a dot, rates in percent, days and moments in ISO
 * order (the center's time), so any program reads them back.
 */
final class ReportCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(CenterTime.ZONE);

    private ReportCsv() {
    }

    static byte[] render(ReportTable report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            boolean many = report.sections().size() > 1;
            for (Section section : report.sections()) {
                if (many) {
                    csv.printRecord(section.heading().isBlank() ? section.name() : section.heading());
                }
                csv.printRecord(section.columns().stream().map(ReportTable.Column::heading).toList());
                for (List<Object> row : section.rows()) {
                    List<String> cells = new ArrayList<>(row.size());
                    for (Object cell : row) {
                        cells.add(text(cell));
                    }
                    csv.printRecord(cells);
                }
                if (many) {
                    csv.println();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The CSV cannot be written", e);
        }
        return out.toByteArray();
    }

    private static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case Double number -> String.format(Locale.ROOT, "%.1f", number);
            case LocalDate day -> day.toString();
            case Instant moment -> MOMENT.format(moment);
            default -> cell.toString();
        };
    }
}
