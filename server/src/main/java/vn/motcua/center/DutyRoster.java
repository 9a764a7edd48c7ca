package vn.motcua.center;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.i18n.Refusal;

/**
 * The leader on duty each day (lãnh đạo trực), who signs same-day ("4 tại chỗ") results at once: a simple list the
 * administrator keeps, one leader per day.
 */
@Service
public class DutyRoster {

    private final JdbcClient jdbc;
    private final Centers centers;
    private final AuditTrail audit;

    DutyRoster(JdbcClient jdbc, Centers centers, AuditTrail audit) {
        this.jdbc = jdbc;
        this.centers = centers;
        this.audit = audit;
    }

    /** A leader on duty on a day, as the signature line names them. */
    public record LeaderOnDuty(LocalDate day, String fullName, String title) {

        /** "Phó Chủ tịch UBND xã Trần Thị Mai". */
        public String signature() {
            return title + " " + fullName;
        }
    }

    public Optional<LeaderOnDuty> on(LocalDate day) {
        return list(day, day).stream().findFirst();
    }

    /** The roster between two days, both included, in date order. */
    public List<LeaderOnDuty> list(LocalDate from, LocalDate to) {
        return jdbc.sql("select duty_day, full_name, title from leader_on_duty where center_id = ?"
                        + " and duty_day between ? and ? order by duty_day")
                .params(centers.profile().getId(), from, to)
                .query((row, n) -> new LeaderOnDuty(row.getObject(1, LocalDate.class), row.getString(2),
                        row.getString(3))).list();
    }

    /** Puts a leader on duty on a day, replacing whoever was; audited with the old and new name. */
    @Transactional
    public void put(LeaderOnDuty leader, Actor by) {
        if (leader.day() == null || blank(leader.fullName()) || blank(leader.title())
                || leader.fullName().strip().length() > 200 || leader.title().strip().length() > 200) {
            throw new Refusal("problem.duty.incomplete", "A day, a name and a title (200 characters at most)");
        }
        Optional<LeaderOnDuty> old = on(leader.day());
        int center = centers.profile().getId();
        jdbc.sql("delete from leader_on_duty where center_id = ? and duty_day = ?").params(center, leader.day())
                .update();
        jdbc.sql("insert into leader_on_duty (center_id, duty_day, full_name, title) values (?, ?, ?, ?)")
                .params(center, leader.day(), leader.fullName().strip(), leader.title().strip()).update();
        audit.record(by, AuditAction.SETTING_CHANGED, "leader_on_duty " + leader.day(),
                old.map(LeaderOnDuty::signature).orElse("—") + " → " + leader.title().strip() + " "
                        + leader.fullName().strip());
    }

    /** Nobody on duty that day any more; audited. */
    @Transactional
    public void clear(LocalDate day, Actor by) {
        Optional<LeaderOnDuty> old = on(day);
        if (old.isPresent()) {
            jdbc.sql("delete from leader_on_duty where center_id = ? and duty_day = ?")
                    .params(centers.profile().getId(), day).update();
            audit.record(by, AuditAction.SETTING_CHANGED, "leader_on_duty " + day, old.get().signature() + " → —");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
