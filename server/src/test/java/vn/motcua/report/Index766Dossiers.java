package vn.motcua.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.DossierTestData;

/**
 * Dossiers for the 766 index tests, written row by row with exact local dates so every figure can be computed by
 * hand. Each call returns the dossier's id; the rest of the row is a received, in-person dossier of Tư pháp taken by
 * CB01.
 */
public final class Index766Dossiers {

    private final JdbcClient jdbc;
    private int tickets;

    public Index766Dossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A dossier; {@code ended} null while open. */
    public long dossier(String code, String unit, String officer, LocalDateTime received, LocalDateTime due,
            LocalDateTime ended, String status) {
        jdbc.sql("""
                insert into dossier (center_id, code, procedure_code, owner_name, phone, received_at, due_at, status,
                    processed_at, unit_id, unit_name, source, tracking_token, channel, receiving_officer_id)
                values (1, :code, :procedure, 'Nguyễn Văn An', '0912000111', :received, :due, :status, :ended,
                    (select id from unit where code = :unit), (select name from unit where code = :unit), 'LOCAL',
                    :token, 'IN_PERSON', (select id from officer where code = :officer))""")
                .param("code", code).param("procedure", DossierTestData.KNOWN_PROCEDURE)
                .param("received", stamp(received)).param("due", stamp(due)).param("status", status)
                .param("ended", ended == null ? null : stamp(ended)).param("unit", unit).param("token", "i766-" + code)
                .param("officer", officer).update();
        return id(code);
    }

    public long id(String code) {
        return jdbc.sql("select id from dossier where code = :code").param("code", code).query(Long.class).single();
    }

    /** Sets one column of the dossier (the marks, the channel, the source, the clock stop). */
    public void set(long dossier, String column, Object value) {
        jdbc.sql("update dossier set " + column + " = :v where id = :id").param("v", value).param("id", dossier)
                .update();
    }

    /** Asks the citizen for a supplement (the {@code no}th time). */
    public void supplement(long dossier, int no, LocalDateTime asked) {
        jdbc.sql("""
                insert into supplement_request (center_id, dossier_id, request_no, items, asked_by, asked_at)
                values (1, :d, :no, 'Bản sao giấy khai sinh', (select id from officer where code = 'CB01'), :at)""")
                .param("d", dossier).param("no", no).param("at", stamp(asked)).update();
    }

    /** The province's rating form with the two answers. */
    public void form(long dossier, String answerOne, String answerTwo, LocalDateTime at) {
        jdbc.sql("""
                insert into dossier_rating_form (dossier_id, center_id, officer_id, answered_at, scores, answer_one,
                    answer_two)
                values (:d, 1, (select id from officer where code = 'CB01'), :at, '2,2,2,2,2,2,2,2,2', :one, :two)""")
                .param("d", dossier).param("at", stamp(at)).param("one", answerOne).param("two", answerTwo).update();
    }

    /** A ticket served at counter 1, linked to the dossier, rated at the pad with {@code level}. */
    public void padRating(long dossier, String level, LocalDateTime at) {
        int seq = ++tickets;
        long service = jdbc.sql("select min(id) from center_service").query(Long.class).single();
        jdbc.sql("""
                insert into ticket (service_id, numbered_service_id, service_day, seq, number, priority, status,
                    tracking_code, issued_at, queue_day, queue_rank, queued_at, origin, served_at, finished_at,
                    counter_id, officer_id)
                values (:s, :s, :day, :seq, :number, 'NONE', 'DONE', :tracking, :at, :day, 3, :at, 'KIOSK', :at, :at,
                    (select id from counter where number = 1), (select id from officer where code = 'CB01'))""")
                .param("s", service).param("day", Date.valueOf(at.toLocalDate())).param("seq", 900 + seq)
                .param("number", "Z" + (900 + seq)).param("tracking", "i766-t" + seq).param("at", stamp(at)).update();
        long ticket = jdbc.sql("select id from ticket where tracking_code = :t").param("t", "i766-t" + seq)
                .query(Long.class).single();
        jdbc.sql("""
                insert into dossier_visit (center_id, dossier_id, ticket_id, officer_id, purpose, linked_at)
                values (1, :d, :t, (select id from officer where code = 'CB01'), 'ENQUIRY', :at)""")
                .param("d", dossier).param("t", ticket).param("at", stamp(at)).update();
        jdbc.sql("""
                insert into rating (ticket_id, officer_id, counter_id, level, rated_at)
                values (:t, (select id from officer where code = 'CB01'), (select id from counter where number = 1),
                    :level, :at)""").param("t", ticket).param("level", level).param("at", stamp(at)).update();
    }

    /** A citizen's feedback naming the dossier. */
    public void feedback(long dossier, LocalDateTime at) {
        jdbc.sql("""
                insert into feedback (center_id, code, kind, category, text, channel, dossier_id, received_at,
                    answer_due_at)
                values (1, :code, 'FEEDBACK', 'DELAY', 'Hồ sơ chậm', 'KIOSK', :d, :at, :due)""")
                .param("code", "PA-766-" + dossier).param("d", dossier).param("at", stamp(at))
                .param("due", stamp(at.plusDays(10))).update();
    }

    public static Timestamp stamp(LocalDateTime at) {
        return Timestamp.from(DossierTestData.local(at));
    }
}
