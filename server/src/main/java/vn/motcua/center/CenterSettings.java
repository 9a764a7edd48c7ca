package vn.motcua.center;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.i18n.Refusal;

/** The settings an admin changes while the center runs; every change is on the audit trail with old and new value. */
@Service
public class CenterSettings {

    /** The national shape of an agency identifier (000.00.23.H22): letters, digits and dots, 5 to 40 of them. */
    private static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.]{3,38}[0-9A-Za-z]");

    private final JdbcClient jdbc;
    private final HallNotice hallNotice;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CenterSettings(JdbcClient jdbc, HallNotice hallNotice, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.hallNotice = hallNotice;
        this.audit = audit;
        this.events = events;
    }

    /** A number the center sets, its column and the values that make sense. */
    public enum Setting {
        RATING_SCALE("rating_scale", 3, 5),
        RATING_WINDOW_SECONDS("rating_window_seconds", 10, 3600),
        RECALLS_BEFORE_NO_SHOW("recalls_before_no_show", 0, 10),
        PRIORITY_CALL_CAP("priority_call_cap", 0, 20),
        TICKET_NUMBER_START("ticket_number_start", 0, 999),
        TICKET_NUMBER_WIDTH("ticket_number_width", 2, 5),
        /** Seed 004: the holder is warned at least 24 hours before a due time; a center may ask for more. */
        WARNING_HOURS("warning_hours", 24, 720),
        /** Working days the responsible officer has to explain a late dossier. */
        EXPLANATION_DAYS("explanation_days", 1, 30),
        /** Working days to answer citizens' feedback (Decree 20/2008: ten). */
        FEEDBACK_DAYS("feedback_days", 1, 45),
        /** Hours the head of unit has to follow up a dissatisfied rating before it goes up to the managers. */
        FOLLOW_UP_HOURS("follow_up_hours", 1, 720),
        /** The broker watch looks back so many days. */
        WATCH_DAYS("watch_days", 7, 366),
        /** One phone or ID number submitting dossiers for so many different owners is a signal. */
        WATCH_OWNERS("watch_owners", 2, 100),
        /** One phone number on tickets or dossiers on so many different days is a signal. */
        WATCH_PHONE_DAYS("watch_phone_days", 2, 100),
        /** So many tickets for different services at one kiosk within WATCH_BURST_MINUTES are a burst. */
        WATCH_BURST_TICKETS("watch_burst_tickets", 2, 100),
        WATCH_BURST_MINUTES("watch_burst_minutes", 1, 60),
        /** So many tickets of one kiosk and hour never served are hoarding. */
        WATCH_UNSERVED("watch_unserved", 2, 500),
        /** The kiosk refuses a non-priority ticket beyond so many for different services in the burst minutes; 0: never. */
        KIOSK_BURST_LIMIT("kiosk_burst_limit", 0, 100),
        /** The monthly grade rule: least satisfied share and on-time rate (%), most confirmed violations, per grade. */
        GRADE_EXCELLENT_SATISFIED("grade_excellent_satisfied", 0, 100),
        GRADE_EXCELLENT_ON_TIME("grade_excellent_on_time", 0, 100),
        GRADE_EXCELLENT_VIOLATIONS("grade_excellent_violations", 0, 50),
        GRADE_GOOD_SATISFIED("grade_good_satisfied", 0, 100),
        GRADE_GOOD_ON_TIME("grade_good_on_time", 0, 100),
        GRADE_GOOD_VIOLATIONS("grade_good_violations", 0, 50),
        GRADE_DONE_SATISFIED("grade_done_satisfied", 0, 100),
        GRADE_DONE_ON_TIME("grade_done_on_time", 0, 100),
        GRADE_DONE_VIOLATIONS("grade_done_violations", 0, 50);

        private final String column;
        private final int min;
        private final int max;

        Setting(String column, int min, int max) {
            this.column = column;
            this.min = min;
            this.max = max;
        }

        public int min() {
            return min;
        }

        public int max() {
            return max;
        }
    }

    /** Screens that depend on a setting (the pad's faces) redraw when one changes. */
    public record Changed(Setting setting, int value) {
    }

    @Transactional(readOnly = true)
    public Map<Setting, Integer> current() {
        Map<Setting, Integer> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, jdbc.sql("select " + setting.column + " from center").query(Integer.class).single());
        }
        return values;
    }

    /** Changes one setting; a value out of its range is refused, an unchanged one leaves no record. */
    @Transactional
    public void change(Setting setting, int value, Actor by) {
        if (value < setting.min || value > setting.max) {
            throw new IllegalArgumentException(setting + " must be between " + setting.min + " and " + setting.max);
        }
        int old = jdbc.sql("select " + setting.column + " from center").query(Integer.class).single();
        if (old != value) {
            jdbc.sql("update center set " + setting.column + " = ?").param(value).update();
            audit.record(by, AuditAction.SETTING_CHANGED, "center." + setting.column, old + " → " + value);
            events.publishEvent(new Changed(setting, value));
        }
    }

    /** The kiosk's answer after hours changed: it redraws its first screen at once. */
    public record NextDayTicketsChanged(boolean allowed) {
    }

    /** Whether the kiosk issues tickets for the next working day after closing time and on days off. */
    @Transactional(readOnly = true)
    public boolean nextDayTickets() {
        return jdbc.sql("select next_day_tickets from center").query(Boolean.class).single();
    }

    /** Allows or stops tickets for the next working day; an unchanged value leaves no record. */
    @Transactional
    public void changeNextDayTickets(boolean allowed, Actor by) {
        boolean old = nextDayTickets();
        if (old != allowed) {
            jdbc.sql("update center set next_day_tickets = ?").param(allowed).update();
            audit.record(by, AuditAction.SETTING_CHANGED, "center.next_day_tickets", old + " → " + allowed);
            events.publishEvent(new NextDayTicketsChanged(allowed));
        }
    }

    /** Changes the hall board's notice line (blank removes it). */
    @Transactional
    public void changeHallNotice(String notice, Actor by) {
        String old = hallNotice.current().orElse("");
        String now = notice == null ? "" : notice.strip();
        if (!old.equals(now)) {
            hallNotice.change(now);
            audit.record(by, AuditAction.SETTING_CHANGED, "center.hall_notice", "\"" + old + "\" → \"" + now + "\"");
        }
    }

    /** When the clock of a dossier received late in the day starts on the next working day. */
    @Transactional(readOnly = true)
    public DossierCutoffs dossierCutoffs() {
        return jdbc.sql("select dossier_cutoff, same_day_cutoff from center")
                .query((row, n) -> new DossierCutoffs(row.getObject(1, LocalTime.class),
                        row.getObject(2, LocalTime.class)))
                .single();
    }

    /** Changes the cut-offs; an unchanged value leaves no record. Due dates already computed stay as they are. */
    @Transactional
    public void changeDossierCutoffs(DossierCutoffs cutoffs, Actor by) {
        DossierCutoffs old = dossierCutoffs();
        if (!old.equals(cutoffs)) {
            jdbc.sql("update center set dossier_cutoff = ?, same_day_cutoff = ?")
                    .param(cutoffs.passedOn()).param(cutoffs.sameDay()).update();
            audit.record(by, AuditAction.SETTING_CHANGED, "center.dossier_cutoff, center.same_day_cutoff",
                    old.passedOn() + ", " + old.sameDay() + " → " + cutoffs.passedOn() + ", " + cutoffs.sameDay());
            events.publishEvent(cutoffs);
        }
    }

    /** The receiving agency's identifier (mã định danh), the first part of every dossier code received here. */
    @Transactional(readOnly = true)
    public String agencyCode() {
        return jdbc.sql("select agency_code from center").query(String.class).single();
    }

    /**
     * Changes the agency identifier; one not of the national shape is refused. Codes already given keep theirs: the
     * next dossier received takes the new one, with its own daily sequence.
     */
    @Transactional
    public void changeAgencyCode(String code, Actor by) {
        String now = code == null ? "" : code.strip();
        if (!AGENCY_CODE.matcher(now).matches()) {
            throw new Refusal("problem.settings.agency-code", "Not an agency identifier: " + now, now);
        }
        String old = agencyCode();
        if (!old.equals(now)) {
            jdbc.sql("update center set agency_code = ?").param(now).update();
            audit.record(by, AuditAction.SETTING_CHANGED, "center.agency_code", old + " → " + now);
        }
    }

    /** Whether the province's rating form is filled when a result is handed back. */
    @Transactional(readOnly = true)
    public boolean provinceRatingForm() {
        return jdbc.sql("select province_rating_form from center").query(Boolean.class).single();
    }

    /** Uses the province's rating form at return, or not; an unchanged value leaves no record. */
    @Transactional
    public void changeProvinceRatingForm(boolean used, Actor by) {
        boolean old = provinceRatingForm();
        if (old != used) {
            jdbc.sql("update center set province_rating_form = ?").param(used).update();
            audit.record(by, AuditAction.SETTING_CHANGED, "center.province_rating_form", old + " → " + used);
        }
    }

    /** Who receives denunciations: a manager's username, or empty when every manager does. */
    @Transactional(readOnly = true)
    public Optional<String> denunciationTo() {
        // A list, not single(): the column is null when every manager receives them.
        return jdbc.sql("select denunciation_to from center").query(String.class).list().stream()
                .filter(Objects::nonNull).findFirst();
    }

    /**
     * Names the manager (the chairperson or the inspector the center names) who receives denunciations; blank: every
     * manager. An unknown account, or one that is not a manager's, is refused. An unchanged value leaves no record.
     */
    @Transactional
    public void changeDenunciationTo(String username, Actor by) {
        String now = username == null || username.isBlank() ? null : username.strip();
        if (now != null) {
            now = jdbc.sql("select username from user_account where lower(username) = lower(?) and role = 'MANAGER'"
                    + " and enabled").param(now).query(String.class).optional().orElseThrow(() -> new Refusal(
                    "problem.settings.denunciation-to", "No manager's account " + username, username.strip()));
        }
        String old = denunciationTo().orElse(null);
        if (!Objects.equals(old, now)) {
            jdbc.sql("update center set denunciation_to = ?").param(now).update();
            audit.record(by, AuditAction.SETTING_CHANGED, "center.denunciation_to",
                    (old == null ? "-" : old) + " → " + (now == null ? "-" : now));
        }
    }
}
