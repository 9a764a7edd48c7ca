package vn.motcua.queue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketContact;

/** Phone numbers left for tickets. */
public interface TicketContactRepository extends JpaRepository<TicketContact, Long> {

    List<TicketContact> findByConsentAtBefore(Instant before);

    /**
     * Waiting tickets of a service in a day's queue whose visitor left a number and was not told yet, in calling
     * order: each has more people ahead than the one before.
     */
    @Query("""
            select t from Ticket t, TicketContact c
            where c.ticketId = t.id and c.nearCallSentAt is null and t.service.id = :serviceId
              and t.status = vn.motcua.queue.TicketStatus.WAITING and t.queueDay <= :day
            order by t.queueRank, t.queuedAt, t.id""")
    List<Ticket> untoldWaiting(long serviceId, LocalDate day);
}
