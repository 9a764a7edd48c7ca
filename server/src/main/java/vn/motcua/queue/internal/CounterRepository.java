package vn.motcua.queue.internal;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.motcua.queue.Counters;
import vn.motcua.queue.Counter;

/** Counters and the services each serves, in its order of preference. */
public interface CounterRepository extends JpaRepository<Counter, Long> {

    Optional<Counter> findByNumber(int number);

    /** The counter, locked for this transaction: two presses at one counter are served one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Counter c where c.number = :number")
    Optional<Counter> lockByNumber(int number);

    List<Counter> findAllByOrderByNumberAsc();

    @Query(value = "select service_id from counter_service where counter_id = :counterId order by preference",
            nativeQuery = true)
    List<Long> servedServiceIds(long counterId);
}
