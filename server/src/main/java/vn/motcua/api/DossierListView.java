package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of dossiers due soonest first, and whether another page follows. */
@Schema(description = "A page of dossiers, due soonest first")
record DossierListView(
        @Schema(description = "Page number, 0 first") int page,
        @Schema(description = "Largest number of dossiers on a page") int size,
        @Schema(description = "Whether the next page has dossiers") boolean hasMore,
        List<DossierLineView> dossiers) {
}
