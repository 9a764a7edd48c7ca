package vn.motcua.queue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.Center;
import vn.motcua.center.CenterTime;

/**
 * Hands out the next number of a service for a day. Locking the service row first serialises
 * concurrent kiosks of one service (on H2 and PostgreSQL alike, without relying on a failed insert,
 * which would abort a PostgreSQL transaction); the lock lasts until the caller's ticket row commits,
 * so every number is used exactly once. The only numbers skipped are those held by tickets carried over into the
 * day (whatever their state now; kept in {@code ticket_number_held} as they are carried): a carried-over A002 and a new A002 would look the same on the boards and in the
 * voice call, so a number is unique among the day's tickets of its service.
 */
@Component
class TicketNumbering {

    private final JdbcClient jdbc;
    private final CenterTime time;

    TicketNumbering(JdbcClient jdbc, CenterTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(long serviceId, LocalDate day, Center center) {
        jdbc.sql("select id from center_service where id = ? for update").param(serviceId).query(Long.class).single();
        Optional<Integer> last = jdbc.sql("select last_number from ticket_number where service_id = ? and service_day = ?")
                .params(serviceId, day).query(Integer.class).optional();
        Set<Integer> carriedIn = new HashSet<>(jdbc.sql(
                        "select seq from ticket_number_held where service_id = ? and service_day = ? and seq > ?")
                .params(serviceId, day, last.orElse(0)).query(Integer.class).list());
        if (day.isAfter(time.today())) {
            // A ticket for the next working day, taken in the minute between closing and the closing job: the tickets
            // still open today are about to be carried into that day with their numbers.
            carriedIn.addAll(jdbc.sql("""
                            select seq from ticket where numbered_service_id = ? and queue_day < ? and seq is not null
                              and status in ('WAITING', 'CALLED', 'SERVING', 'HELD')""")
                    .params(serviceId, day).query(Integer.class).list());
        }
        int next = last.map(n -> n + 1).orElse(center.getTicketNumberStart());
        while (carriedIn.contains(next)) {
            next++;
        }
        if (last.isEmpty()) {
            jdbc.sql("insert into ticket_number (service_id, service_day, last_number) values (?, ?, ?)")
                    .params(serviceId, day, next).update();
        } else {
            jdbc.sql("update ticket_number set last_number = ? where service_id = ? and service_day = ?")
                    .params(next, serviceId, day).update();
        }
        return next;
    }

    /** Keeps the number of a ticket carried into the day, so that the day's numbering does not hand it out again. */
    @Transactional(propagation = Propagation.MANDATORY)
    void hold(Ticket carried, LocalDate day) {
        if (carried.getSeq() == null) {
            return;
        }
        jdbc.sql("""
                        insert into ticket_number_held (service_id, service_day, seq) select ?, ?, ?
                        where not exists (select 1 from ticket_number_held where service_id = ? and service_day = ? and seq = ?)""")
                .params(carried.getNumberedServiceId(), day, carried.getSeq(), carried.getNumberedServiceId(), day,
                        carried.getSeq())
                .update();
    }

    static String format(String letter, int seq, Center center) {
        return letter + String.format("%0" + center.getTicketNumberWidth() + "d", seq);
    }
}
