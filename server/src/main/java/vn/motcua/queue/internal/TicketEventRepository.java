package vn.motcua.queue.internal;

import java.util.List;
import org.springframework.data.repository.Repository;
import vn.motcua.queue.TicketEvent;

/** The ticket history: it can be appended to and read, and offers no way to change or remove a row. */
public interface TicketEventRepository extends Repository<TicketEvent, Long> {

    TicketEvent save(TicketEvent event);

    List<TicketEvent> findByTicketIdOrderByIdAsc(long ticketId);

    long count();
}
