package vn.motcua.dossier;

/** Where a dossier was received: in the province's one-stop system (its code and date stand) or here. */
public enum DossierSource {
    PROVINCE,
    LOCAL
}
