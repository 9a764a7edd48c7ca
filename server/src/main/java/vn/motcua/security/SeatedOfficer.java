package vn.motcua.security;

import java.security.Principal;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Counters;
import vn.motcua.i18n.Refusal;

/**
 * A counter obeys only the officer seated there: work at counter 3 can never be done in another officer's name.
 * An officer takes a counter by opening it (which closes the previous officer's session, on the record).
 */
@Component
public class SeatedOfficer {

    private final Counters counters;

    SeatedOfficer(Counters counters) {
        this.counters = counters;
    }

    /** The signed-in person's officer record, if they may sit at counters at all. */
    public long officerOfCaller() {
        return officerOf(Accounts.current());
    }

    /** The same for an API request's principal (as the request itself carries it). */
    public long officerOf(Principal caller) {
        return officerOf(Accounts.of(caller));
    }

    private static long officerOf(Optional<SignedInUser> caller) {
        return caller.filter(SignedInUser::servesAtCounters).map(SignedInUser::officerId)
                .orElseThrow(() -> new Refusal("problem.counter.not-an-officer", "Only an officer serves at a counter"));
    }

    /** Refuses unless the caller is the officer seated at this counter now. */
    @Transactional(readOnly = true)
    public void require(int counterNumber) {
        require(counterNumber, officerOfCaller());
    }

    /** The same for an API request's principal. */
    @Transactional(readOnly = true)
    public void require(int counterNumber, Principal caller) {
        require(counterNumber, officerOf(caller));
    }

    private void require(int counterNumber, long officerId) {
        Counter counter = counters.find(counterNumber).orElseThrow(
                () -> new Refusal("problem.counter.unknown", "Unknown counter: " + counterNumber));
        Long seated = counter.getCurrentOfficer() == null ? null : counter.getCurrentOfficer().getId();
        if (!Objects.equals(seated, officerId)) {
            throw new Refusal("problem.counter.not-seated",
                    "Officer #" + officerId + " is not seated at counter " + counterNumber);
        }
    }
}
