package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.motcua.officer.Officer;

/** The officer (công chức) at a counter or on a ticket: who answers for it. */
@Schema(description = "An officer (công chức, viên chức)")
record OfficerView(
        @Schema(description = "Officer id, as PUT /counters/{counter}/officer takes it", example = "1") long id,
        @Schema(description = "Staff code", example = "CB01") String code,
        @Schema(description = "Full name", example = "Nguyễn Thị Hương") String fullName) {

    static OfficerView of(Officer officer) {
        return officer == null ? null : new OfficerView(officer.getId(), officer.getCode(), officer.getFullName());
    }
}
