package vn.motcua.queue;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An officer's time at a counter: what the counter did between opened and closed is theirs. */
@Entity
public class CounterSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long counterId;
    private long officerId;
    private Instant openedAt;
    private Instant closedAt;
    private String closedReason;

    protected CounterSession() {
    }

    CounterSession(long counterId, long officerId, Instant openedAt) {
        this.counterId = counterId;
        this.officerId = officerId;
        this.openedAt = openedAt;
    }

    void close(Instant at, ClosedReason reason) {
        closedAt = at;
        closedReason = reason.name();
    }

    public long getCounterId() {
        return counterId;
    }

    public long getOfficerId() {
        return officerId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedReason() {
        return closedReason;
    }

    /** Why a session ended: the officer left, another took the counter, the officer moved, or the day closed. */
    public enum ClosedReason {
        SIGNED_OUT, TAKEN_OVER, MOVED, DAY_CLOSED
    }
}
