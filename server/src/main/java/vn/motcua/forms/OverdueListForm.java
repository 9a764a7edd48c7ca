package vn.motcua.forms;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The daily list of overdue and about-to-be-late dossiers (seed 004), one table per unit, and the weekly count of
 * overdue dossiers (seed 002). Text is data already in Vietnamese; a unit without a name is the unassigned group.
 * {@code approverName} is the head of unit (a unit's list) or the leader on duty (the center's), null when none.
 */
public record OverdueListForm(String centerName, LocalDate day, Instant asOf, boolean oneUnit, String approverName,
        List<Unit> units, Weekly weekly) {

    /** One unit's dossiers, the late ones first; {@code name} null for those no unit here answers for. */
    public record Unit(String name, String headName, List<Row> rows) {

        /** The rows are kept as given: the caller sorts them. */
        public Unit {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One dossier or step. Null where nothing is known: {@code procedureName} (not in the catalogue), {@code step}
     * (the dossier as a whole), the holder and their time (nobody here holds it), {@code lateBy} (not late yet), who
     * answers (not late, or nobody named), {@code newAppointmentAt} (no apology set one).
     */
    public record Row(String code, String procedureCode, String procedureName, boolean late, String step,
            String holderName, Instant heldSince, Span heldFor, Instant dueAt, Span lateBy, String officerName,
            String headName, Instant newAppointmentAt) {

        /** A row always names its dossier and its due time. */
        public Row {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(procedureCode, "procedureCode");
            Objects.requireNonNull(dueAt, "dueAt");
        }
    }

    /** Working time: whole working days, the working time left over, and the total (for a spreadsheet's number). */
    public record Span(int days, Duration rest, Duration total) {
    }

    /** The weeks (their Mondays, oldest first) and each unit's counts in that order. */
    public record Weekly(List<LocalDate> mondays, List<WeekRow> rows) {

        /** Kept as given. */
        public Weekly {
            mondays = List.copyOf(mondays);
            rows = List.copyOf(rows);
        }
    }

    /** One unit's counts of dossiers found late, week by week; {@code unit} null for the unassigned. */
    public record WeekRow(String unit, List<Integer> counts) {

        /** Kept as given. */
        public WeekRow {
            counts = List.copyOf(counts);
        }
    }

    /** Rejects missing fields here, where the caller's mistake is visible, not later in the renderer. */
    public OverdueListForm {
        Objects.requireNonNull(centerName, "centerName");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(asOf, "asOf");
        units = List.copyOf(units);
        Objects.requireNonNull(weekly, "weekly");
    }
}
