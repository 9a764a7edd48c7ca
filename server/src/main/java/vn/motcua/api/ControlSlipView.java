package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The control slip (Mẫu 06) of a dossier: every holder in turn, and the supplement requests. */
@Schema(description = "A dossier's control slip (phiếu kiểm soát quá trình giải quyết hồ sơ)")
record ControlSlipView(
        @Schema(description = "Dossier code (mã hồ sơ)") String dossierCode,
        @Schema(description = "Reception first, then each hand-off") List<SlipLineView> lines,
        @Schema(description = "The supplement requests, first first") List<SupplementView> supplements) {
}
