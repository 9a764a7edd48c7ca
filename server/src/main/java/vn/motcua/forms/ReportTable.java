package vn.motcua.forms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as the files carry it: a title, the line under it, sections of typed columns and rows, notes, and who
 * signs. The same value becomes an XLSX workbook (a sheet per section), a CSV file and an A4 PDF ({@link ReportFiles}).
 */
public record ReportTable(String title, String subtitle, List<Section> sections, List<String> notes,
        List<String> signers) {

    /** What a column holds, which decides how each file writes it. */
    public enum Kind {
        /** Words. */
        TEXT,
        /** A whole number (Long or Integer). */
        COUNT,
        /** A rate in percent (Double), written with one decimal. */
        PERCENT,
        /** A decimal (Double): minutes, points. */
        DECIMAL,
        /** A day (LocalDate). */
        DATE,
        /** A moment (Instant), shown in the center's time. */
        TIME
    }

    /** A column: its heading and what it holds. */
    public record Column(String heading, Kind kind) {
    }

    /**
     * A table with its heading; {@code name} names its sheet (short, no slashes). A cell is null when nothing is known,
     * else of the type its column's kind says.
     */
    public record Section(String name, String heading, List<Column> columns, List<List<Object>> rows) {

        public Section {
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("A row of " + row.size() + " cells under " + columns.size()
                            + " columns in " + name);
                }
                for (int column = 0; column < row.size(); column++) {
                    Object cell = row.get(column);
                    if (cell != null && !fits(columns.get(column).kind(), cell)) {
                        throw new IllegalArgumentException(cell.getClass().getSimpleName() + " in the "
                                + columns.get(column).kind() + " column " + columns.get(column).heading());
                    }
                }
            }
        }

        private static boolean fits(Kind kind, Object cell) {
            return switch (kind) {
                case TEXT -> cell instanceof String;
                case COUNT -> cell instanceof Long || cell instanceof Integer;
                case PERCENT, DECIMAL -> cell instanceof Double;
                case DATE -> cell instanceof LocalDate;
                case TIME -> cell instanceof Instant;
            };
        }
    }
}
