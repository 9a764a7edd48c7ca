package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/**
 * What the 766 index reads on a dossier beside its dates: documents and result digitised (4.2), the fee paid online
 * (empty when not recorded) and when it reached the national portal (1.4).
 */
@Embeddable
public class DossierMarks {

    @Column(name = "documents_digitised")
    private boolean documentsDigitised;
    @Column(name = "result_digitised")
    private boolean resultDigitised;
    @Column(name = "paid_online")
    private Boolean paidOnline;
    @Column(name = "synced_at")
    private Instant syncedAt;

    protected DossierMarks() {
    }

    public DossierMarks(boolean documentsDigitised, boolean resultDigitised, Optional<Boolean> paidOnline,
            Optional<Instant> syncedAt) {
        this.documentsDigitised = documentsDigitised;
        this.resultDigitised = resultDigitised;
        this.paidOnline = paidOnline.orElse(null);
        this.syncedAt = syncedAt.orElse(null);
    }

    public boolean isDocumentsDigitised() {
        return documentsDigitised;
    }

    public boolean isResultDigitised() {
        return resultDigitised;
    }

    public Optional<Boolean> getPaidOnline() {
        return Optional.ofNullable(paidOnline);
    }

    public Optional<Instant> getSyncedAt() {
        return Optional.ofNullable(syncedAt);
    }
}
