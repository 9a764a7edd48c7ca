package vn.motcua.forms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 06, the control slip: who gave the dossier to whom, when, by when that step was due, how long the taker held
 * it and whether on time. {@code result} is null while the dossier is still being handled.
 */
public record ControlSlipForm(String centerName, String code, String procedureCode, String procedureName,
        String applicantName, Instant receivedAt, Instant dueAt, List<Row> rows, Result result) {

    /**
     * One hand-off. {@code held} is how long the taker kept it (for the open row: until now); {@code stepDueAt} may
     * be null when the step has no due time of its own.
     */
    public record Row(String stepName, String giverName, String giverUnit, String takerName, String takerUnit,
            Instant handedAt, Instant stepDueAt, Duration held, boolean onTime) {

        /** Every hand-off names both people, so nobody can shift the blame. */
        public Row {
            Objects.requireNonNull(stepName, "stepName");
            Objects.requireNonNull(giverName, "giverName");
            Objects.requireNonNull(giverUnit, "giverUnit");
            Objects.requireNonNull(takerName, "takerName");
            Objects.requireNonNull(takerUnit, "takerUnit");
            Objects.requireNonNull(handedAt, "handedAt");
            Objects.requireNonNull(held, "held");
            if (held.isNegative()) {
                throw new IllegalArgumentException("held must not be negative: " + held);
            }
        }
    }

    /** The outcome in words (already localized, e.g. "Đã giải quyết") and when it was recorded. */
    public record Result(String outcome, Instant at) {

        /** Both are printed. */
        public Result {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Rejects missing fields here, where the caller's mistake is visible, not later in the renderer. */
    public ControlSlipForm {
        Objects.requireNonNull(centerName, "centerName");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        rows = List.copyOf(rows);
    }
}
