package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.Caller;
import vn.motcua.queue.CounterWork;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.Seat;
import vn.motcua.queue.ServeTicket;
import vn.motcua.queue.Ticket;

/**
 * The moves the dossier handling tests share: the center on Wednesday 2 December 2026 at 09:30 (a working day of the
 * demo calendar) with no dossiers, a visitor served at counter 3 by CB02 (head of unit KT), and who acts, as the
 * record names them. Handlers are made from the officer rows, as {@link Handler#of} makes them from an account, so
 * the same steps run on PostgreSQL where the demo's sign-ins are not created. A bean of the test contexts
 * ({@code @ServerTest} imports it): not a component, or every context scanning the tests would need it.
 */
public record HandlingSteps(ReceiveDossier receive, IssueTicket issueTicket, CallNextTicket callNext, ServeTicket serve,
        CounterWork work, QueueTestData data, JdbcClient jdbc, MutableClock clock) {

    static final LocalDateTime WEDNESDAY = LocalDateTime.of(2026, 12, 2, 9, 30);
    /** Three working days, steps 5 / 70 / 20 / 5 %. */
    static final String THREE_DAYS = DossierTestData.KNOWN_PROCEDURE;
    /** Chứng thực bản sao: same day, signed by the leader on duty. */
    static final String SAME_DAY = "2.000815";

    void morning() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        clock.set(WEDNESDAY);
    }

    /** A land ticket called and being served at counter 3 by CB02. */
    Ticket serving() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        return serve.startServing(3);
    }

    Reception reception(String procedure, List<Integer> documents) {
        return new Reception(procedure, "Nguyễn Văn An", "0912 345 678", "001099012345", true, null, Channel.IN_PERSON,
                null, documents);
    }

    /** A dossier of the procedure received at counter 3 by CB02, its first document ticked. */
    Dossier received(String procedure) {
        return receive.receive(seat(3, "CB02"), reception(procedure, List.of(0)));
    }

    Seat seat(int counter, String officerCode) {
        return work.seat(counter, caller(officerCode));
    }

    Caller caller(String officerCode) {
        return new Caller(Actor.user(officerCode), Optional.of(data.officerId(officerCode)));
    }

    /** An officer acting as such (OFFICER role). */
    Handler officer(String code) {
        return new Handler(Actor.user(code), Optional.of(data.officerId(code)), Optional.empty(), false, false);
    }

    /** An officer who heads their unit (UNIT_HEAD role, the unit on the account). */
    Handler head(String code) {
        return new Handler(Actor.user(code), Optional.of(data.officerId(code)), Optional.of(unitOf(code)), true, false);
    }

    /** The center's manager, who is no officer. */
    Handler manager() {
        return new Handler(Actor.user("giamdoc"), Optional.empty(), Optional.empty(), false, true);
    }

    long unitOf(String officerCode) {
        return jdbc.sql("select unit_id from officer where code = ?").param(officerCode).query(Long.class).single();
    }

    long unit(String unitCode) {
        return jdbc.sql("select id from unit where code = ?").param(unitCode).query(Long.class).single();
    }

    long count(String table) {
        return data.count(table);
    }
}
