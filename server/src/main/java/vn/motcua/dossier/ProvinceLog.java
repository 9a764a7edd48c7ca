package vn.motcua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.i18n.Refusal;

/**
 * The province's dossier log as a file (CSV or XLSX, with the national portal's field names in a header line): read
 * and checked whole. A file that is no log at all is refused; a log with faulty lines comes back with every fault.
 */
public final class ProvinceLog {

    /** A year of a commune's dossiers is a few megabytes of CSV; a workbook is read whole into memory, so less. */
    public static final int MAX_CSV_BYTES = 10 * 1024 * 1024;
    public static final int MAX_XLSX_BYTES = 4 * 1024 * 1024;

    private ProvinceLog() {
    }

    /** The checked rows, or the faults that keep the file from being written (then no rows are given). */
    public record Reading(List<ProvinceDossier> rows, List<ProvinceLogProblem> problems) {
        public Reading {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    /** The largest file of this format that is read. */
    public static int maxBytes(ProvinceLogFormat format) {
        return format == ProvinceLogFormat.XLSX ? MAX_XLSX_BYTES : MAX_CSV_BYTES;
    }

    /** Reads a sent file, refusing it as soon as it is larger than a log of its format may be. */
    public static byte[] readAtMost(InputStream in, ProvinceLogFormat format) {
        int max = maxBytes(format);
        try (in) {
            byte[] content = in.readNBytes(max + 1);
            if (content.length > max) {
                throw tooLarge(format);
            }
            return content;
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    public static Reading read(byte[] content, ProvinceLogFormat format) {
        if (content.length > maxBytes(format)) {
            throw tooLarge(format);
        }
        List<ProvinceLogLine> lines = (format == ProvinceLogFormat.XLSX ? ProvinceLogXlsx.lines(content)
                : ProvinceLogCsv.lines(content)).stream().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new Refusal("problem.import.empty", "No header line");
        }
        if (lines.size() == 1) {
            throw new Refusal("problem.import.no-rows", "A header and no dossier");
        }
        List<ProvinceLogProblem> problems = new ArrayList<>();
        ProvinceLogHeader header = ProvinceLogHeader.read(lines.getFirst(), problems);
        if (!problems.isEmpty()) {
            // Without its columns no line can be read; their faults would only repeat the header's.
            return new Reading(List.of(), problems);
        }
        ProvinceLogRowCheck check = new ProvinceLogRowCheck(header, problems);
        List<ProvinceDossier> rows = new ArrayList<>();
        for (ProvinceLogLine line : lines.subList(1, lines.size())) {
            check.check(line).ifPresent(rows::add);
        }
        return new Reading(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static Refusal tooLarge(ProvinceLogFormat format) {
        int max = maxBytes(format);
        return new Refusal("problem.import.too-large", "More than " + max + " bytes", max / (1024 * 1024));
    }
}
