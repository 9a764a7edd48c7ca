package vn.motcua.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One accountable act that is not a ticket change (those are ticket_event rows): a sign-in, a counter
 * session, a pairing, a change of configuration. Written once; Hibernate never issues an update for it.
 */
@Entity
@Immutable
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Instant at;
    @Column(updatable = false)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ActorKind actorKind;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AuditAction action;
    @Column(updatable = false)
    private String subject;
    @Column(updatable = false)
    private String detail;

    protected AuditRecord() {
    }

    AuditRecord(Instant at, Actor actor, AuditAction action, String subject, String detail) {
        this.at = at;
        this.actor = actor.name();
        this.actorKind = actor.kind();
        this.action = action;
        this.subject = subject;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
