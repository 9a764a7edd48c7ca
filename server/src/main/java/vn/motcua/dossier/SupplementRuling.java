package vn.motcua.dossier;

/**
 * The head of unit's ruling on a supplement request after the first: justified, or not, which is a violation on the
 * asking officer's record (the seeds condemn requests "without valid reason", not every second request).
 */
public enum SupplementRuling {
    JUSTIFIED,
    UNJUSTIFIED
}
