package vn.motcua.dossier;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.motcua.i18n.Refusal;

/**
 * Reads the CSV form of the log into lines of cells, numbered as an editor numbers the file's lines (a quoted value
 * may span several). UTF-8 with or without the byte-order mark Excel writes; comma or, as Excel writes it where the
 * decimal mark is a comma, semicolon.
 */
final class ProvinceLogCsv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ProvinceLogCsv() {
    }

    static List<ProvinceLogLine> lines(byte[] content) {
        String text = utf8(content);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new Refusal("problem.import.not-csv", "A NUL character: a binary file, not CSV text");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
        List<ProvinceLogLine> lines = new ArrayList<>();
        LineCounter counter = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lines.add(new ProvinceLogLine(counter.lineAt(record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            // An unterminated quote, mostly: the user finds it after the last record read whole.
            throw new Refusal("problem.import.csv-broken", "Unreadable CSV: " + broken.getMessage(),
                    lines.isEmpty() ? 1 : lines.getLast().number());
        }
        return lines;
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Refusal("problem.import.not-utf8", "Not UTF-8 text: " + notUtf8.getMessage());
        }
    }

    /** The header line says which separator the file uses: the one it holds more of. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    /** Line numbers of character positions, counted forward once (records come in order). */
    private static final class LineCounter {
        private final String text;
        private int scanned;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long position) {
            int to = (int) Math.min(position, text.length());
            // The parser's position is where the record's search began: blank lines it skipped come first.
            while (to < text.length() && (text.charAt(to) == '\n' || text.charAt(to) == '\r')) {
                to++;
            }
            for (; scanned < to; scanned++) {
                char c = text.charAt(scanned);
                if (c == '\n' || (c == '\r' && (scanned + 1 >= text.length() || text.charAt(scanned + 1) != '\n'))) {
                    line++;
                }
            }
            return line;
        }
    }
}
