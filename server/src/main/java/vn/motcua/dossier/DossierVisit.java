package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A visit (ticket) linked to a dossier by the officer serving it; a rating of that ticket belongs to the dossier. */
@Entity
public class DossierVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Column(updatable = false)
    private Long dossierId;
    @Column(updatable = false)
    private Long ticketId;
    @Column(updatable = false)
    private Long officerId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private VisitPurpose purpose;
    @Column(updatable = false)
    private Instant linkedAt;

    protected DossierVisit() {
    }

    DossierVisit(Dossier dossier, long ticketId, long officerId, VisitPurpose purpose, Instant linkedAt) {
        this.centerId = dossier.getCenterId();
        this.dossierId = dossier.getId();
        this.ticketId = ticketId;
        this.officerId = officerId;
        this.purpose = purpose;
        this.linkedAt = linkedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public VisitPurpose getPurpose() {
        return purpose;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
