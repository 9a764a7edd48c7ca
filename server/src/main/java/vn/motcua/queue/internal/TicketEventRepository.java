package vn.motcua.queue.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.motcua.queue.TicketEvent;

/** The ticket history: it can be appended to and read, and offers no way to change or remove a row. */
public interface TicketEventRepository extends Repository<TicketEvent, Long> {

    TicketEvent save(TicketEvent event);

    List<TicketEvent> findByTicketIdOrderByIdAsc(long ticketId);

    long count();

    /**
     * The whole history of every ticket an officer acted on in a period, in order: what each officer did to a ticket
     * is read from it, earlier steps included (when it was issued, who called it).
     */
    @Query("""
            select e from TicketEvent e where e.ticketId in (
                select x.ticketId from TicketEvent x where x.officerId = :officerId and x.at >= :from and x.at < :to)
            order by e.ticketId, e.id""")
    List<TicketEvent> historiesActedOnBy(long officerId, Instant from, Instant to);

    /** The whole history of every ticket finished or transferred at a counter in a period, in order. */
    @Query("""
            select e from TicketEvent e where e.ticketId in (
                select x.ticketId from TicketEvent x where x.counterId is not null and x.at >= :from and x.at < :to
                  and x.kind in (vn.motcua.queue.TicketEventKind.FINISHED, vn.motcua.queue.TicketEventKind.TRANSFERRED))
            order by e.ticketId, e.id""")
    List<TicketEvent> historiesEndedAtCounters(Instant from, Instant to);
}
