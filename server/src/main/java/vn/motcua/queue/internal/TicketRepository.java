package vn.motcua.queue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.motcua.queue.TicketStatus;
import vn.motcua.queue.Ticket;

/** Tickets. Waiting means status WAITING on a queue day up to today (an overdue carry-over still counts). */
public interface TicketRepository extends JpaRepository<Ticket, Long> {

    Optional<Ticket> findByTrackingCode(String trackingCode);

    /** Names the kiosk a ticket was taken at; the entity leaves the column alone, so no later write undoes it. */
    @Modifying
    @Query(value = "update ticket set kiosk = :kiosk where id = :id", nativeQuery = true)
    void takenAt(long id, String kiosk);

    /** The ticket a counter is dealing with now: called or being served. */
    @Query("""
            select t from Ticket t where t.counter.id = :counterId
              and t.status in (vn.motcua.queue.TicketStatus.CALLED, vn.motcua.queue.TicketStatus.SERVING)
            order by t.calledAt desc, t.id desc limit 1""")
    Optional<Ticket> currentAt(long counterId);

    @Query("""
            select t from Ticket t where t.counter.id = :counterId and t.status = vn.motcua.queue.TicketStatus.HELD
            order by t.calledAt desc, t.id desc""")
    List<Ticket> heldAt(long counterId);

    /** Waiting tickets with this number, carried-over first: an officer calls a visitor by the number they hold. */
    @Query("""
            select t from Ticket t where t.number = :number and t.status = vn.motcua.queue.TicketStatus.WAITING
              and t.queueDay <= :today order by t.queueRank, t.queuedAt, t.id""")
    List<Ticket> waitingWithNumber(String number, LocalDate today);

    /** The ticket served last at a counter on a day, whatever its state: the one a pad rates. */
    Optional<Ticket> findFirstByCounterIdAndQueueDayAndStatusInOrderByCalledAtDescIdDesc(
            long counterId, LocalDate day, Collection<TicketStatus> statuses);

    List<Ticket> findTop8ByQueueDayAndCalledAtNotNullOrderByCalledAtDescIdDesc(LocalDate day);

    @Query("""
            select t from Ticket t where t.status = vn.motcua.queue.TicketStatus.WAITING and t.queueDay <= :today
              and (t.targetCounter.id = :counterId or (t.targetCounter is null and t.service.id in :serviceIds))
            order by t.queueRank, t.queuedAt, t.id""")
    List<Ticket> waitingFor(long counterId, Collection<Long> serviceIds, LocalDate today);

    /**
     * Tickets that will be called before this one in its service's queue. Every condition is on the queue index,
     * so H2 counts index entries without reading rows; tickets already carried to the next day count too, as they
     * will be called first then.
     */
    @Query("""
            select count(t) from Ticket t
            where t.status = vn.motcua.queue.TicketStatus.WAITING and t.service.id = :serviceId
              and t.id <> :ticketId
              and (t.queueRank < :rank or (t.queueRank = :rank
                   and (t.queuedAt < :queuedAt or (t.queuedAt = :queuedAt and t.id < :ticketId))))""")
    long countAhead(long serviceId, int rank, Instant queuedAt, long ticketId);

    @Query("""
            select t.service.id, count(t), min(t.queuedAt) from Ticket t
            where t.status = vn.motcua.queue.TicketStatus.WAITING and t.queueDay <= :today group by t.service.id""")
    List<Object[]> waitingPerService(LocalDate today);

    @Query("""
            select t.counter.id, count(t) from Ticket t
            where t.queueDay = :day and t.calledAt is not null and t.counter is not null group by t.counter.id""")
    List<Object[]> callsPerCounter(LocalDate day);

    /** Recent service durations of a service, newest first, for the wait estimate. */
    @Query("""
            select t.servedAt, t.finishedAt from Ticket t
            where t.service.id = :serviceId and t.status = vn.motcua.queue.TicketStatus.DONE
              and t.servedAt is not null and t.finishedAt is not null
            order by t.finishedAt desc limit 20""")
    List<Object[]> recentServiceTimes(long serviceId);

    /** Tickets still open (waiting, called, being served or held) that queued on or before a day. */
    @Query("""
            select t from Ticket t where t.status in (vn.motcua.queue.TicketStatus.WAITING,
                vn.motcua.queue.TicketStatus.CALLED, vn.motcua.queue.TicketStatus.SERVING,
                vn.motcua.queue.TicketStatus.HELD)
              and t.queueDay <= :day
            order by t.id""")
    List<Ticket> openOnOrBefore(LocalDate day);
}
