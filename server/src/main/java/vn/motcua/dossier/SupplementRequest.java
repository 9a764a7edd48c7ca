package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A request to the citizen to supplement (Mẫu 02), listing everything missing, each with its reason. The first is the
 * one the rules allow; a later one states why and waits for the head of unit's ruling.
 */
@Entity
public class SupplementRequest {

    /** Items are kept one per line, "what — why". */
    static final String ITEM_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Column(updatable = false)
    private Long dossierId;
    @Column(updatable = false)
    private int requestNo;
    @Column(updatable = false)
    private String items;
    @Column(updatable = false)
    private Long askedBy;
    @Column(updatable = false)
    private Instant askedAt;
    @Column(updatable = false)
    private String reasonForAnother;
    @Enumerated(EnumType.STRING)
    private SupplementRuling ruling;
    private Long ruledBy;
    private Instant ruledAt;
    private String rulingComment;
    private Instant suppliedAt;
    private Long suppliedTo;

    protected SupplementRequest() {
    }

    SupplementRequest(Dossier dossier, int requestNo, List<MissingItem> missing, long askedBy, Instant askedAt,
            String reasonForAnother) {
        this.centerId = dossier.getCenterId();
        this.dossierId = dossier.getId();
        this.requestNo = requestNo;
        this.items = String.join(ITEM_SEPARATOR, missing.stream().map(MissingItem::line).toList());
        this.askedBy = askedBy;
        this.askedAt = askedAt;
        this.reasonForAnother = reasonForAnother;
    }

    /** One thing missing and why it is needed. */
    public record MissingItem(String what, String why) {

        static final String JOIN = " — ";

        String line() {
            return what.strip() + JOIN + why.strip();
        }

        static MissingItem of(String line) {
            int at = line.indexOf(JOIN);
            return at < 0 ? new MissingItem(line, "") : new MissingItem(line.substring(0, at),
                    line.substring(at + JOIN.length()));
        }
    }

    void rule(SupplementRuling ruled, Long by, Instant at, String comment) {
        this.ruling = ruled;
        this.ruledBy = by;
        this.ruledAt = at;
        this.rulingComment = comment;
    }

    void supplied(Instant at, long to) {
        this.suppliedAt = at;
        this.suppliedTo = to;
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    /** 1 for the first request; a larger number needs a reason and a ruling. */
    public int getRequestNo() {
        return requestNo;
    }

    public List<MissingItem> getItems() {
        return Arrays.stream(items.split(ITEM_SEPARATOR)).map(MissingItem::of).toList();
    }

    public Long getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public Optional<String> getReasonForAnother() {
        return Optional.ofNullable(reasonForAnother);
    }

    /** Empty for a first request, and for a later one the head of unit has not ruled on yet. */
    public Optional<SupplementRuling> getRuling() {
        return Optional.ofNullable(ruling);
    }

    public Optional<Long> getRuledBy() {
        return Optional.ofNullable(ruledBy);
    }

    public Optional<Instant> getRuledAt() {
        return Optional.ofNullable(ruledAt);
    }

    public Optional<String> getRulingComment() {
        return Optional.ofNullable(rulingComment);
    }

    /** When the citizen brought what was missing: the clock ran again from then. */
    public Optional<Instant> getSuppliedAt() {
        return Optional.ofNullable(suppliedAt);
    }

    public Optional<Long> getSuppliedTo() {
        return Optional.ofNullable(suppliedTo);
    }

    /** A later request the head of unit still has to rule on. */
    public boolean isAwaitingRuling() {
        return requestNo > 1 && ruling == null;
    }
}
