package vn.motcua.screens.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.catalogue.ProcedureDocument;
import vn.motcua.catalogue.ProcedureStep;
import vn.motcua.catalogue.StepKind;
import vn.motcua.i18n.Refusal;

/**
 * A procedure's papers and steps as the admin types them, one a line, parts split by "|": a paper is "name | copies"
 * with "| không" (or "no") when it is not required; a step is "KIND | share % | unit code", the unit left out at the
 * counter. A line that cannot be read is refused with its number.
 */
final class ProcedureLines {

    private static final Set<String> NOT_REQUIRED = Set.of("không", "khong", "no", "0");

    private ProcedureLines() {
    }

    static List<ProcedureDocument> papers(String text) {
        List<ProcedureDocument> papers = new ArrayList<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = parts(lines.get(i));
            if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw unreadable(i, lines.get(i));
            }
            boolean required = parts.length < 3 || !NOT_REQUIRED.contains(parts[2].toLowerCase(Locale.ROOT));
            papers.add(new ProcedureDocument(parts[0], parts[1], required));
        }
        return papers;
    }

    /** The steps, each unit named by its code among {@code units} (code → id). */
    static List<ProcedureStep> steps(String text, Map<String, Long> units) {
        List<ProcedureStep> steps = new ArrayList<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = parts(lines.get(i));
            try {
                StepKind kind = StepKind.valueOf(parts[0].toUpperCase(Locale.ROOT));
                int share = Integer.parseInt(parts[1].replace("%", "").strip());
                Long unit = parts.length > 2 && !parts[2].isEmpty() ? units.get(parts[2]) : null;
                if (parts.length > 3 || (parts.length > 2 && !parts[2].isEmpty() && unit == null)) {
                    throw unreadable(i, lines.get(i));
                }
                steps.add(new ProcedureStep(kind, unit, share));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException wrong) {
                throw unreadable(i, lines.get(i));
            }
        }
        return steps;
    }

    static String papersText(List<ProcedureDocument> papers) {
        return papers.stream().map(p -> p.name() + " | " + p.copies() + (p.required() ? "" : " | không"))
                .collect(Collectors.joining("\n"));
    }

    /** The steps as lines, each unit by its code among {@code unitCodes} (id → code). */
    static String stepsText(List<ProcedureStep> steps, Map<Long, String> unitCodes) {
        return steps.stream().map(s -> s.kind().name() + " | " + s.sharePercent()
                + (s.unitId() == null ? "" : " | " + unitCodes.getOrDefault(s.unitId(), ""))).collect(Collectors.joining("\n"));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String[] parts(String line) {
        String[] parts = line.split("\\|", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }

    private static Refusal unreadable(int index, String line) {
        return new Refusal("problem.procedure.line", "Unreadable line " + (index + 1) + ": " + line, index + 1, line);
    }
}
