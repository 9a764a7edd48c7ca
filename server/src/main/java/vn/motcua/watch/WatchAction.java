package vn.motcua.watch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a manager did about a signal (named by its key: kind and subject), when and why; never changed. */
@Entity
@Table(name = "watch_action")
public class WatchAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Column(updatable = false)
    private String signalKey;
    @Enumerated(EnumType.STRING)
    @Column(name = "action", updatable = false)
    private WatchActionKind action;
    @Column(updatable = false)
    private String note;
    @Column(updatable = false)
    private String actedBy;
    @Column(updatable = false)
    private Instant actedAt;

    protected WatchAction() {
    }

    WatchAction(int centerId, String signalKey, WatchActionKind action, String note, String actedBy, Instant actedAt) {
        this.centerId = centerId;
        this.signalKey = signalKey;
        this.action = action;
        this.note = note;
        this.actedBy = actedBy;
        this.actedAt = actedAt;
    }

    public Long getId() {
        return id;
    }

    public String getSignalKey() {
        return signalKey;
    }

    public WatchActionKind getAction() {
        return action;
    }

    public String getNote() {
        return note;
    }

    public String getActedBy() {
        return actedBy;
    }

    public Instant getActedAt() {
        return actedAt;
    }
}
