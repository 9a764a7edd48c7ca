package vn.motcua.dossier;

/** How handling ended: approved (a result to hand back), refused (Mẫu 03, with its reason) or withdrawn. */
public enum DossierResult {
    APPROVED(DossierStatus.DONE),
    REFUSED(DossierStatus.DENIED),
    WITHDRAWN(DossierStatus.WITHDRAWN);

    private final DossierStatus status;

    DossierResult(DossierStatus status) {
        this.status = status;
    }

    /** The national status the dossier takes. */
    public DossierStatus status() {
        return status;
    }

    /** Refusing or withdrawing must say why: the citizen is given the reason in writing. */
    public boolean needsReason() {
        return this != APPROVED;
    }
}
