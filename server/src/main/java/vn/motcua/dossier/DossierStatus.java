package vn.motcua.dossier;

import java.util.Arrays;
import java.util.Optional;

/** Where a dossier stands, with the national portal's TrangThaiHoSo code (1 to 10). */
public enum DossierStatus {
    RECEIVING(1, true),
    RECEIVED(2, true),
    DENIED(3, false),
    PROCESSING(4, true),
    AWAITING_SUPPLEMENT(5, true),
    PAYING(6, true),
    WITHDRAWN(7, false),
    STOPPED(8, false),
    DONE(9, false),
    RETURNED(10, false);

    private final int nationalCode;
    private final boolean open;

    DossierStatus(int nationalCode, boolean open) {
        this.nationalCode = nationalCode;
        this.open = open;
    }

    /** The portal's TrangThaiHoSo. */
    public int nationalCode() {
        return nationalCode;
    }

    /** Still with the center: not yet finished, denied, withdrawn or stopped, so it can still be late. */
    public boolean isOpen() {
        return open;
    }

    public static Optional<DossierStatus> ofNationalCode(int code) {
        return Arrays.stream(values()).filter(status -> status.nationalCode == code).findFirst();
    }
}
