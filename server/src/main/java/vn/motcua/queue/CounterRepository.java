package vn.motcua.queue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Counters and the services each serves, in its order of preference. */
public interface CounterRepository extends JpaRepository<Counter, Long> {

    Optional<Counter> findByNumber(int number);

    List<Counter> findAllByOrderByNumberAsc();

    @Query(value = "select service_id from counter_service where counter_id = :counterId order by preference",
            nativeQuery = true)
    List<Long> servedServiceIds(long counterId);
}
