package vn.motcua.queue;

import java.util.Optional;
import vn.motcua.audit.Actor;
import vn.motcua.i18n.Refusal;

/**
 * Who asks for counter work: as the audit trail names them, and the officer they are if they serve at counters
 * (an officer, or a unit head who is also an officer). Security makes one from the person signed in.
 */
public record Caller(Actor actor, Optional<Long> officerId) {

    /** The caller's officer; refused for anyone who does not serve at counters. */
    public long officer() {
        return officerId.orElseThrow(
                () -> new Refusal("problem.counter.not-an-officer", "Only an officer serves at a counter"));
    }
}
