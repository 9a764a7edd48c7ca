package vn.motcua.center;

import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.i18n.Refusal;

/**
 * The settings reports read beside the numbers: how the pad's middle face meets the legal three levels, and who
 * decides the officers' monthly grades. Every change is on the audit trail with its old and new value.
 */
@Service
public class ReportSettings {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ReportSettings(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Whether "Bình thường" (NEUTRAL) counts as satisfied in the legal three levels (Rất hài lòng, Hài lòng, Không hài
     * lòng); by default it does not, since the targets count only those who said they were satisfied.
     */
    @Transactional(readOnly = true)
    public boolean neutralSatisfied() {
        return jdbc.sql("select neutral_satisfied from center").query(Boolean.class).single();
    }

    @Transactional
    public void changeNeutralSatisfied(boolean satisfied, Actor by) {
        boolean old = neutralSatisfied();
        if (old != satisfied) {
            jdbc.sql("update center set neutral_satisfied = ?").param(satisfied).update();
            audit.record(by, AuditAction.SETTING_CHANGED, "center.neutral_satisfied", old + " → " + satisfied);
        }
    }

    /** The leader who decides grades (a manager's username); empty when any manager (the chairperson) does. */
    @Transactional(readOnly = true)
    public Optional<String> gradeDecider() {
        return jdbc.sql("select grade_decider from center").query(String.class).list().stream()
                .filter(Objects::nonNull).findFirst();
    }

    /** Names the leader who decides grades; blank: any manager. An account that is not an enabled manager's is refused. */
    @Transactional
    public void changeGradeDecider(String username, Actor by) {
        String now = username == null || username.isBlank() ? null : username.strip();
        if (now != null) {
            now = jdbc.sql("select username from user_account where lower(username) = lower(?) and role = 'MANAGER'"
                    + " and enabled").param(now).query(String.class).optional().orElseThrow(() -> new Refusal(
                    "problem.settings.grade-decider", "No manager's account " + username, username.strip()));
        }
        String old = gradeDecider().orElse(null);
        if (!Objects.equals(old, now)) {
            jdbc.sql("update center set grade_decider = ?").param(now).update();
            audit.record(by, AuditAction.SETTING_CHANGED, "center.grade_decider",
                    (old == null ? "-" : old) + " → " + (now == null ? "-" : now));
        }
    }
}
