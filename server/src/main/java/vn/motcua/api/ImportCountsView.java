package vn.motcua.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.motcua.dossier.ImportCounts;

/** What an import of the province's dossier log wrote. */
@Schema(name = "ImportCountsView", description = "Dossiers of the log: new here, changed since the last import, "
        + "and the same as before")
record ImportCountsView(
        @JsonProperty("new") @Schema(name = "new", description = "Dossiers seen for the first time", example = "12",
                requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") int created,
        @Schema(description = "Dossiers whose row changed (status, dates, unit...)", example = "3",
                requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") int updated,
        @Schema(description = "Dossiers whose row is the same as at the last import", example = "40",
                requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") int unchanged) {

    static ImportCountsView of(ImportCounts counts) {
        return new ImportCountsView(counts.created(), counts.updated(), counts.unchanged());
    }
}
