package vn.motcua.dossier;

/**
 * Whose dossiers a member of staff reads: a manager or an administrator every unit's, an officer or a unit head their
 * own unit's only (unitId null there: no unit known, so none).
 */
public record DossierScope(boolean allUnits, Long unitId) {

    public static DossierScope everyUnit() {
        return new DossierScope(true, null);
    }

    public static DossierScope unit(Long unitId) {
        return new DossierScope(false, unitId);
    }

    /** Whether this dossier is among those this scope reads. */
    public boolean covers(Dossier dossier) {
        return allUnits || (unitId != null && dossier.getUnitId().filter(unitId::equals).isPresent());
    }
}
