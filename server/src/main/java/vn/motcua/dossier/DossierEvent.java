package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/** One change to a dossier, written in the transaction of the change and never updated: who, what, when. */
@Entity
public class DossierEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Column(updatable = false)
    private Long dossierId;
    @Column(updatable = false)
    private Instant at;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private DossierEventKind kind;
    @Column(updatable = false)
    private Long officerId;
    @Column(updatable = false)
    private String actor;
    @Column(updatable = false)
    private String detail;

    protected DossierEvent() {
    }

    DossierEvent(Dossier dossier, Instant at, DossierEventKind kind, Long officerId, String actor, String detail) {
        this.centerId = dossier.getCenterId();
        this.dossierId = dossier.getId();
        this.at = at;
        this.kind = kind;
        this.officerId = officerId;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Instant getAt() {
        return at;
    }

    public DossierEventKind getKind() {
        return kind;
    }

    /** The officer who did it, when an officer did (an import names its user in {@link #getActor()}). */
    public Optional<Long> getOfficerId() {
        return Optional.ofNullable(officerId);
    }

    public String getActor() {
        return actor;
    }

    public Optional<String> getDetail() {
        return Optional.ofNullable(detail);
    }
}
