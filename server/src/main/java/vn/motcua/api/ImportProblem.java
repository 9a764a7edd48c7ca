package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;

/** The 422 of an import, as DossierImportController writes it: a problem that lists each faulty line of the file. */
@Schema(name = "ImportProblem", description = "An RFC 9457 problem (application/problem+json) with the faulty lines "
        + "of the file; nothing of the file was written")
record ImportProblem(
        @Schema(example = "about:blank") URI type,
        @Schema(description = "HTTP reason phrase", example = "Unprocessable Content") String title,
        @Schema(example = "422") int status,
        @Schema(description = "What went wrong, for a person", example = "Tệp có 2 dòng sai nên chưa ghi hồ sơ nào. "
                + "Sửa các dòng dưới đây rồi nhập lại cả tệp.") String detail,
        @Schema(description = "The path called, relative to the server", format = "uri-reference",
                example = "/api/v1/dossiers/import") URI instance,
        @Schema(description = "Stable machine-readable key of the problem", example = "problem.import.bad-rows")
        String code,
        @Schema(description = "Each faulty line, in the order of the file",
                requiredMode = Schema.RequiredMode.REQUIRED) List<BadLine> rows) {

    /** One faulty line: its number as the user counts lines in the file or sheet (the header is line 1), and why. */
    @Schema(name = "ImportBadLine")
    record BadLine(
            @Schema(description = "Line of the file or row of the sheet; the header is 1", example = "7", minimum = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED) int line,
            @Schema(description = "What is wrong on it, for a person (all its faults)",
                    example = "Cột NgayHenTra: \"2026113\" không phải ngày giờ dạng yyyyMMddHHmmss",
                    requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }
}
