package vn.motcua.queue;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.queue.internal.CounterRepository;

/** The center's counters and the services each serves, as screens, devices and reports read them. */
@Service
@Transactional(readOnly = true)
public class Counters {

    private final CounterRepository counters;

    Counters(CounterRepository counters) {
        this.counters = counters;
    }

    /** Every counter by number. */
    public List<Counter> all() {
        return counters.findAllByOrderByNumberAsc();
    }

    public Optional<Counter> find(int number) {
        return counters.findByNumber(number);
    }

    /** The services a counter serves, in its order of preference. */
    public List<Long> servedServiceIds(Counter counter) {
        return counters.servedServiceIds(counter.getId());
    }
}
