package vn.motcua.dossier;

import java.util.List;

/** One non-empty line of the log as read from the file: its number as the user counts it, and its cells as text. */
record ProvinceLogLine(int number, List<String> cells) {

    ProvinceLogLine {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
