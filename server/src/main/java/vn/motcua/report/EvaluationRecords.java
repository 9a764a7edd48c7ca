package vn.motcua.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.i18n.Refusal;

/** The table {@code officer_evaluation}: one row per officer and month, written when a grade is first proposed. */
@Component
class EvaluationRecords {

    /** A stored row. */
    record Stored(long officerId, Grade ruleGrade, Evaluation.Step proposal, Optional<Evaluation.Step> decision) {
    }

    private final JdbcClient jdbc;

    EvaluationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Stored> month(int center, LocalDate month) {
        Map<Long, Stored> rows = new HashMap<>();
        jdbc.sql("""
                select officer_id, rule_grade, proposed_grade, proposal_reason, proposed_by, proposed_at,
                       decided_grade, decision_reason, decided_by, decided_at
                from officer_evaluation where center_id = ? and eval_month = ?""").param(center).param(month)
                .query((row, n) -> {
                    String decided = row.getString(7);
                    Stored stored = new Stored(row.getLong(1), Grade.valueOf(row.getString(2)),
                            new Evaluation.Step(Grade.valueOf(row.getString(3)), row.getString(4), row.getString(5),
                                    row.getTimestamp(6).toInstant()),
                            decided == null ? Optional.empty() : Optional.of(new Evaluation.Step(
                                    Grade.valueOf(decided), row.getString(8), row.getString(9),
                                    row.getTimestamp(10).toInstant())));
                    rows.put(stored.officerId(), stored);
                    return stored;
                }).list();
        return rows;
    }

    Optional<Stored> of(int center, long officerId, LocalDate month) {
        return Optional.ofNullable(month(center, month).get(officerId));
    }

    /** A first proposal, or a new one replacing it while undecided; false if it was decided meanwhile. */
    boolean propose(int center, long officerId, Long unitId, LocalDate month, Grade rule, Evaluation.Step step) {
        int changed = jdbc.sql("""
                update officer_evaluation set rule_grade = ?, proposed_grade = ?, proposal_reason = ?,
                       proposed_by = ?, proposed_at = ?, unit_id = ?, version = version + 1
                where officer_id = ? and eval_month = ? and decided_at is null""")
                .params(rule.name(), step.grade().name(), step.reason(), step.by(), Timestamp.from(step.at()), unitId,
                        officerId, month).update();
        if (changed == 1) {
            return true;
        }
        if (of(center, officerId, month).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("""
                insert into officer_evaluation (center_id, officer_id, eval_month, unit_id, rule_grade, proposed_grade,
                       proposal_reason, proposed_by, proposed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(center, officerId, month, unitId, rule.name(), step.grade().name(), step.reason(), step.by(),
                        Timestamp.from(step.at())).update();
        } catch (DuplicateKeyException proposedMeanwhile) {
            // Another proposal came first in the same instant; the transaction is spoilt, so the proposer tries again.
            throw new Refusal("problem.evaluation.changed", "The evaluation changed meanwhile; try again");
        }
        return true;
    }

    /** Decides once: false if there was no proposal or a decision already. */
    boolean decide(long officerId, LocalDate month, Evaluation.Step step) {
        return jdbc.sql("""
                update officer_evaluation set decided_grade = ?, decision_reason = ?, decided_by = ?, decided_at = ?,
                       version = version + 1
                where officer_id = ? and eval_month = ? and decided_at is null""")
                .params(step.grade().name(), step.reason(), step.by(), Timestamp.from(step.at()), officerId, month)
                .update() == 1;
    }
}
