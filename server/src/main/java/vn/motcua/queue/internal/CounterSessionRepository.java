package vn.motcua.queue.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import vn.motcua.queue.CounterSession;

/** Officers' sessions at the counters. */
public interface CounterSessionRepository extends ListCrudRepository<CounterSession, Long> {

    List<CounterSession> findByCounterIdAndClosedAtIsNull(long counterId);

    List<CounterSession> findByOfficerIdAndClosedAtIsNull(long officerId);

    List<CounterSession> findByClosedAtIsNullOrderById();

    /** The session of whoever was seated at a counter at a moment, the latest first. */
    @Query("""
            select s from CounterSession s where s.counterId = :counterId and s.openedAt <= :at
              and (s.closedAt is null or s.closedAt > :at)
            order by s.openedAt desc, s.id desc""")
    List<CounterSession> seatedAt(long counterId, Instant at);
}
