package vn.motcua.dossier;

import java.util.Set;

/** Rows of the province's log created or changed these dossiers (published in the import's transaction). */
public record DossiersImported(Set<Long> dossierIds) {
}
