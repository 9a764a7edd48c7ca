package vn.motcua.dossier;

/** A dossier was received here at a counter (published in the reception's transaction). */
public record DossierReceived(long dossierId, String code) {
}
