package vn.motcua.queue;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface CounterSessionRepository extends ListCrudRepository<CounterSession, Long> {

    List<CounterSession> findByCounterIdAndClosedAtIsNull(long counterId);

    List<CounterSession> findByOfficerIdAndClosedAtIsNull(long officerId);
}
