package vn.motcua.dossier;

import java.util.List;

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
}
