package vn.motcua.queue.internal;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;
import vn.motcua.queue.CounterSession;

public interface CounterSessionRepository extends ListCrudRepository<CounterSession, Long> {

    List<CounterSession> findByCounterIdAndClosedAtIsNull(long counterId);

    List<CounterSession> findByOfficerIdAndClosedAtIsNull(long officerId);
}
