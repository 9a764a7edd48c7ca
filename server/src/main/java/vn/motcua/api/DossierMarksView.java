package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierMarks;

/** The dossier's marks for the 766 index after the change. */
@Schema(description = "The dossier's marks for the 766 index")
record DossierMarksView(String code, boolean documentsDigitised, boolean resultDigitised,
        @Schema(nullable = true, description = "null: not known") Boolean paidOnline,
        @Schema(nullable = true, description = "When it reached the national portal; null: not yet") Instant syncedAt) {

    static DossierMarksView of(Dossier dossier) {
        DossierMarks marks = dossier.getMarks();
        return new DossierMarksView(dossier.getCode(), marks.isDocumentsDigitised(), marks.isResultDigitised(),
                marks.getPaidOnline().orElse(null), marks.getSyncedAt().orElse(null));
    }
}
