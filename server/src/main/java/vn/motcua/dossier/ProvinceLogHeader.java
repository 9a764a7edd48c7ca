package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where each of the portal's fields stands in the header line: in any order, matched without regard to case or
 * surrounding spaces; columns the portal adds beyond ours are ignored.
 */
final class ProvinceLogHeader {

    private final Map<ProvinceLogColumn, Integer> positions;

    private ProvinceLogHeader(Map<ProvinceLogColumn, Integer> positions) {
        this.positions = positions;
    }

    /** The header, or the problems that make the file unreadable as a log (a required column missing, or twice). */
    static ProvinceLogHeader read(ProvinceLogLine header, List<ProvinceLogProblem> problems) {
        Map<ProvinceLogColumn, Integer> positions = new EnumMap<>(ProvinceLogColumn.class);
        for (int index = 0; index < header.cells().size(); index++) {
            String name = header.cell(index).strip().toLowerCase(Locale.ROOT);
            for (ProvinceLogColumn column : ProvinceLogColumn.values()) {
                if (column.portalName.toLowerCase(Locale.ROOT).equals(name)
                        && positions.putIfAbsent(column, index) != null) {
                    problems.add(ProvinceLogProblem.at(header.number(), "import.column.twice", column.portalName));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (ProvinceLogColumn column : ProvinceLogColumn.values()) {
            if (column.required && !positions.containsKey(column)) {
                missing.add(column.portalName);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(ProvinceLogProblem.at(header.number(), "import.column.missing", String.join(", ", missing)));
        }
        return new ProvinceLogHeader(positions);
    }

    /** The line's value in this column, stripped; empty when the column is left out or the cell is blank. */
    String value(ProvinceLogLine line, ProvinceLogColumn column) {
        return Optional.ofNullable(positions.get(column)).map(line::cell).map(String::strip).orElse("");
    }
}
