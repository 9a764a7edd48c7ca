package vn.motcua.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.motcua.officer.Officer;
import vn.motcua.queue.TicketEvent;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;

/** Read-only questions the boards and reports ask of the tickets, their history and the ratings. */
interface ReportQueries extends Repository<TicketEvent, Long> {

    /** A waiting ticket, as the queue board lists it. */
    record WaitingTicket(long serviceId, String number, boolean priority, Instant queuedAt) {
    }

    /**
     * Waiting tickets that entered their queue before the given moment: the candidates for "waiting too long".
     * Tickets carried over from an earlier day are among them whatever their wait today.
     */
    @Query("""
            select new vn.motcua.report.ReportQueries$WaitingTicket(t.service.id, t.number,
                   t.priority <> vn.motcua.queue.PriorityCategory.NONE, t.queuedAt)
            from Ticket t where t.status = vn.motcua.queue.TicketStatus.WAITING and t.queueDay <= :today
              and t.queuedAt < :before
            order by t.queuedAt, t.id""")
    List<WaitingTicket> waitingSince(LocalDate today, Instant before);

    /**
     * Per service id: tickets waiting, of them priority visitors, of them queued on an earlier day (carried over),
     * and when the first of those queued today entered the queue (null if none).
     */
    @Query("""
            select t.service.id, count(t),
                   sum(case when t.priority <> vn.motcua.queue.PriorityCategory.NONE then 1 else 0 end),
                   sum(case when t.queuedAt < :startOfToday then 1 else 0 end),
                   min(case when t.queuedAt >= :startOfToday then t.queuedAt end)
            from Ticket t where t.status = vn.motcua.queue.TicketStatus.WAITING and t.queueDay <= :today
            group by t.service.id""")
    List<Object[]> waitingPerService(LocalDate today, Instant startOfToday);

    /** Per service id: counters open for it now (an officer seated at a counter that serves it). */
    @Query(value = """
            select cs.service_id, count(*) from counter_service cs join counter c on c.id = cs.counter_id
            where c.current_officer_id is not null group by cs.service_id""", nativeQuery = true)
    List<Object[]> openCountersPerService();

    /** Per counter id: the last time a ticket left it (finished, absent, transferred, put aside) since a moment. */
    @Query("""
            select e.counterId, max(e.at) from TicketEvent e
            where e.at >= :since and e.counterId is not null
              and e.kind in (vn.motcua.queue.TicketEventKind.FINISHED, vn.motcua.queue.TicketEventKind.NO_SHOW,
                             vn.motcua.queue.TicketEventKind.TRANSFERRED, vn.motcua.queue.TicketEventKind.HELD)
            group by e.counterId""")
    List<Object[]> lastReleasePerCounter(Instant since);

    /** Per officer id and level: ratings given in a period. */
    @Query("""
            select r.officer.id, r.level, count(r) from Rating r
            where r.ratedAt >= :from and r.ratedAt < :to group by r.officer.id, r.level""")
    List<Object[]> ratingsPerOfficer(Instant from, Instant to);

    /** Ratings of the given levels in a period, the latest first. */
    @Query("""
            select r from Rating r where r.ratedAt >= :from and r.ratedAt < :to and r.level in :levels
            order by r.ratedAt desc, r.id desc""")
    List<Rating> ratingsAt(Instant from, Instant to, Collection<RatingLevel> levels);

    /** One officer's ratings in a period: when, and which level. */
    @Query("""
            select r.ratedAt, r.level from Rating r
            where r.officer.id = :officerId and r.ratedAt >= :from and r.ratedAt < :to order by r.ratedAt""")
    List<Object[]> ratingsOfOfficer(long officerId, Instant from, Instant to);

    /** An officer by staff code, whatever its case. */
    @Query("select o from Officer o where upper(o.code) = upper(:code)")
    Optional<Officer> officerByCode(String code);
}
