package vn.motcua.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.i18n.Refusal;

/**
 * Reads the official list of next year's holidays and make-up days from a CSV file: date, name, kind and, for a
 * make-up day, optional opening and closing times. UTF-8 with or without a byte order mark, ';' or ',' between
 * fields (spreadsheets in Vietnam write either), dates as dd/MM/yyyy or yyyy-MM-dd, kinds in Vietnamese or English.
 * Every bad line is reported with its number; the file is never partly accepted.
 */
public final class OfficialDaysFile {

    /** An official list has a few dozen lines; a larger file is not one. */
    public static final int MAX_BYTES = 64 * 1024;
    static final int MAX_LINES = 1000;
    private static final int NAME_LENGTH = 200;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("H:mm");
    private static final Map<String, DayKind> KINDS = kinds();

    private OfficialDaysFile() {
    }

    /** The days a file lists and the problems of its bad lines; days are usable only when there are no problems. */
    public record Reading(List<OfficialDay> days, List<ImportProblem> problems) {

        public Reading {
            days = List.copyOf(days);
            problems = List.copyOf(problems);
        }
    }

    /** Reads a whole file; a file that is not text at all (not UTF-8, empty, too long) is refused as a whole. */
    public static Reading read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new Refusal("calendar-import.too-large", content.length + " bytes", MAX_BYTES / 1024);
        }
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // Excel may save Vietnamese letters decomposed (a + combining marks); names and kinds are compared composed.
        String[] lines = Normalizer.normalize(text, Normalizer.Form.NFC).split("\r\n|\r|\n", -1);
        if (lines.length > MAX_LINES) {
            throw new Refusal("calendar-import.too-many-lines", lines.length + " lines", MAX_LINES);
        }
        char separator = separator(lines);
        List<OfficialDay> days = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        boolean first = true;
        for (int index = 0; index < lines.length; index++) {
            if (lines[index].isBlank()) {
                continue;
            }
            List<String> fields = fields(lines[index], separator);
            if (first && fields.getFirst().chars().noneMatch(Character::isDigit)) {
                first = false;
                continue; // a header line: "Ngày;Tên;Loại"
            }
            first = false;
            int line = index + 1;
            try {
                OfficialDay day = day(line, fields);
                Integer earlier = seen.putIfAbsent(day.day(), line);
                if (earlier != null) {
                    problems.add(ImportProblem.of(line, "calendar-import.twice", earlier));
                } else {
                    days.add(day);
                }
            } catch (BadLine bad) {
                problems.add(bad.problem);
            }
        }
        if (days.isEmpty() && problems.isEmpty()) {
            throw new Refusal("calendar-import.empty", "The file lists no day");
        }
        return new Reading(days, problems);
    }

    private static OfficialDay day(int line, List<String> fields) {
        if (fields.size() < 3) {
            throw new BadLine(line, "calendar-import.columns", fields.size());
        }
        LocalDate day = date(line, fields.get(0));
        String name = fields.get(1);
        if (name.isEmpty()) {
            throw new BadLine(line, "calendar-import.no-name");
        }
        if (name.length() > NAME_LENGTH) {
            throw new BadLine(line, "calendar-import.name-too-long", name.length(), NAME_LENGTH);
        }
        DayKind kind = KINDS.get(fields.get(2).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " "));
        if (kind == null) {
            throw new BadLine(line, "calendar-import.bad-kind", fields.get(2));
        }
        String opens = fields.size() > 3 ? fields.get(3) : "";
        String closes = fields.size() > 4 ? fields.get(4) : "";
        if (opens.isEmpty() && closes.isEmpty()) {
            return new OfficialDay(line, day, name, kind, null);
        }
        if (kind == DayKind.HOLIDAY) {
            throw new BadLine(line, "calendar-import.hours-on-holiday");
        }
        LocalTime from = time(line, opens);
        LocalTime to = time(line, closes);
        if (!to.isAfter(from)) {
            throw new BadLine(line, "calendar-import.closes-before-opens", closes, opens);
        }
        return new OfficialDay(line, day, name, kind, new WorkingHours(from, to));
    }

    private static LocalDate date(int line, String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException wrong) {
            throw new BadLine(line, "calendar-import.bad-date", text);
        }
    }

    private static LocalTime time(int line, String text) {
        try {
            return LocalTime.parse(text, HOURS);
        } catch (DateTimeParseException wrong) {
            throw new BadLine(line, "calendar-import.bad-time", text);
        }
    }

    /** The separator of the first line that has one: ';' where a spreadsheet's locale uses the comma for decimals. */
    private static char separator(String[] lines) {
        for (String line : lines) {
            int semicolon = line.indexOf(';');
            int comma = line.indexOf(',');
            if (semicolon >= 0 || comma >= 0) {
                return semicolon >= 0 && (comma < 0 || semicolon < comma) ? ';' : ',';
            }
        }
        return ';';
    }

    /** The line's fields, stripped; a field in double quotes may hold the separator ("Tết, mùng 1") and "" for ". */
    static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int at = 0; at < line.length(); at++) {
            char c = line.charAt(at);
            if (quoted) {
                if (c == '"' && at + 1 < line.length() && line.charAt(at + 1) == '"') {
                    field.append('"');
                    at++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            // A file saved in Windows-1258 or TCVN3 would turn every name into garbage: refuse it rather than guess.
            throw new Refusal("calendar-import.not-utf8", "The file is not UTF-8 text");
        }
    }

    private static Map<String, DayKind> kinds() {
        Map<String, DayKind> kinds = new HashMap<>();
        for (String word : List.of("nghỉ lễ", "nghỉ", "lễ", "ngày lễ", "nghỉ bù", "nghỉ tết", "ngày nghỉ", "holiday",
                "day off", "public holiday", "closed")) {
            kinds.put(word, DayKind.HOLIDAY);
        }
        for (String word : List.of("làm bù", "làm việc", "ngày làm bù", "đi làm bù", "working", "working day",
                "make up", "make up day", "makeup", "open")) {
            kinds.put(word, DayKind.WORKING);
        }
        return Map.copyOf(kinds);
    }

    /** A line that cannot be read; caught at once, it never leaves this class. */
    private static final class BadLine extends RuntimeException {

        private final transient ImportProblem problem;

        BadLine(int line, String reasonKey, Object... args) {
            super(reasonKey, null, false, false);
            this.problem = ImportProblem.of(line, reasonKey, args);
        }
    }
}
