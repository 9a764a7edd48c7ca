package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One thing wrong in the province's dossier log: the line as the user counts it in the file or sheet (the header is
 * line 1), and the reason as a bundle key with the values it names (a column, a value, another line).
 */
public record ProvinceLogProblem(int line, String reasonKey, List<String> args) {

    public ProvinceLogProblem {
        args = List.copyOf(args);
    }

    static ProvinceLogProblem at(int line, String reasonKey, Object... args) {
        return new ProvinceLogProblem(line, reasonKey, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The problems of each faulty line, in the order of the file: a line is shown once with all its faults. */
    public static Map<Integer, List<ProvinceLogProblem>> byLine(List<ProvinceLogProblem> problems) {
        Map<Integer, List<ProvinceLogProblem>> lines = new TreeMap<>();
        problems.forEach(problem -> lines.computeIfAbsent(problem.line(), line -> new ArrayList<>()).add(problem));
        return lines;
    }
}
