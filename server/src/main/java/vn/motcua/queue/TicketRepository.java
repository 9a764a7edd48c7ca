package vn.motcua.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.motcua.officer.Officer;

/** Tickets; state changes are conditional updates so two counters can never take the same ticket. */
public interface TicketRepository extends JpaRepository<Ticket, Long> {

    Optional<Ticket> findByTrackingCode(String trackingCode);

    /** Waiting tickets for a counter's services: priority first, then the oldest. */
    @Query("""
            select t.id from Ticket t
            where t.status = vn.motcua.queue.TicketStatus.WAITING and t.service.id in :serviceIds
            order by case when t.priority = vn.motcua.queue.PriorityCategory.NONE then 1 else 0 end,
                     t.issuedAt, t.id""")
    List<Long> nextWaiting(Collection<Long> serviceIds, Limit limit);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Ticket t set t.status = vn.motcua.queue.TicketStatus.CALLED, t.calledAt = :at,
                   t.counter = :counter, t.officer = :officer
            where t.id = :ticketId and t.status = vn.motcua.queue.TicketStatus.WAITING""")
    int markCalled(long ticketId, Counter counter, Officer officer, Instant at);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Ticket t set t.status = vn.motcua.queue.TicketStatus.DONE, t.finishedAt = :at
            where t.id = :ticketId and t.status = vn.motcua.queue.TicketStatus.CALLED""")
    int markDone(long ticketId, Instant at);

    Optional<Ticket> findFirstByCounterIdAndStatusOrderByCalledAtDesc(long counterId, TicketStatus status);

    /** The ticket served last at a counter on a day, whatever its state: the one a pad rates. */
    Optional<Ticket> findFirstByCounterIdAndServiceDayAndStatusInOrderByCalledAtDescIdDesc(
            long counterId, LocalDate day, Collection<TicketStatus> statuses);

    List<Ticket> findTop8ByServiceDayAndCalledAtNotNullOrderByCalledAtDescIdDesc(LocalDate day);

    List<Ticket> findByStatusAndServiceIdInOrderByIssuedAtAscIdAsc(TicketStatus status, Collection<Long> serviceIds);

    @Query("""
            select count(t) from Ticket t
            where t.status = vn.motcua.queue.TicketStatus.WAITING and t.service.id = :serviceId
              and (case when t.priority = vn.motcua.queue.PriorityCategory.NONE then 1 else 0 end < :rank
                   or (case when t.priority = vn.motcua.queue.PriorityCategory.NONE then 1 else 0 end = :rank
                       and t.id < :ticketId))""")
    long countAhead(long serviceId, int rank, long ticketId);

    @Query("select t.service.id, count(t) from Ticket t where t.status = vn.motcua.queue.TicketStatus.WAITING group by t.service.id")
    List<Object[]> waitingPerService();

    @Query("""
            select t.counter.id, count(t) from Ticket t
            where t.serviceDay = :day and t.counter is not null group by t.counter.id""")
    List<Object[]> callsPerCounter(LocalDate day);
}
