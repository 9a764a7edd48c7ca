package vn.motcua.forms;

import java.util.List;

/** The overdue list's cells in words, the same on paper and in the spreadsheet. */
final class OverdueListWords {

    private OverdueListWords() {
    }

    static List<String> columns(FormWords words) {
        return List.of(words.text("forms.column.number"), words.text("forms.overdue.column.code"),
                words.text("forms.overdue.column.procedure"), words.text("forms.overdue.column.state"),
                words.text("forms.overdue.column.holder"), words.text("forms.overdue.column.held"),
                words.text("forms.overdue.column.due"), words.text("forms.overdue.column.late-by"),
                words.text("forms.overdue.column.answering"), words.text("forms.overdue.column.new-date"));
    }

    /** "Phòng Tư pháp – Hộ tịch (Trưởng bộ phận: …)", or the unassigned group's name. */
    static String unit(OverdueListForm.Unit unit, FormWords words) {
        String name = unit.name() == null ? words.text("forms.overdue.unassigned") : unit.name();
        return unit.headName() == null ? name : words.text("forms.overdue.unit-head", name, unit.headName());
    }

    static String procedure(OverdueListForm.Row row, FormWords words) {
        return row.procedureName() == null ? row.procedureCode() : words.procedure(row.procedureCode(), row.procedureName());
    }

    /** "Quá hạn" or "Sắp đến hạn", and the step when it is a step's due time. */
    static String state(OverdueListForm.Row row, FormWords words) {
        String state = words.text(row.late() ? "forms.overdue.late" : "forms.overdue.due-soon");
        return row.step() == null ? state : words.text("forms.overdue.step", state, row.step());
    }

    static String holder(OverdueListForm.Row row, FormWords words) {
        if (row.holderName() == null) {
            return words.text("forms.overdue.nobody-holds");
        }
        return row.heldSince() == null ? row.holderName()
                : words.text("forms.overdue.held-since", row.holderName(), words.at(row.heldSince()));
    }

    /** The officer who held it at its due time and their head, jointly liable. */
    static String answering(OverdueListForm.Row row, FormWords words) {
        if (!row.late()) {
            return words.text("forms.none");
        }
        String officer = row.officerName() == null ? words.text("forms.overdue.nobody-named") : row.officerName();
        return row.headName() == null ? officer : words.text("forms.overdue.with-head", officer, row.headName());
    }
}
