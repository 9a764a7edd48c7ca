package vn.motcua.calendar;

import java.util.List;

/** Why one line of an official list cannot be imported: its line number, the reason's bundle key and its figures. */
public record ImportProblem(int line, String reasonKey, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem of(int line, String reasonKey, Object... args) {
        return new ImportProblem(line, reasonKey, List.of(args));
    }
}
