package vn.motcua.dossier;

import java.util.Set;

/**
 * The watch warned of or found late some dossiers: the consoles of their holders, the lists of their units and the
 * managers' boards redraw. Empty sets when unknown (everyone redraws).
 */
public record DossierAlertsChanged(Set<Long> unitIds, Set<Long> officerIds) {
}
