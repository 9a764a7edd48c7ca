package vn.motcua.dossier;

/** What one import of the province's dossier log did: dossiers seen for the first time, changed, and unchanged. */
public record ImportCounts(int created, int updated, int unchanged) {
}
