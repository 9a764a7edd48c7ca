package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;

/** The shape of every error body, as ApiProblems writes it: documentation of the API's problem+json. */
@Schema(name = "Problem", description = "An RFC 9457 problem (application/problem+json)")
record Problem(
        @Schema(example = "about:blank") URI type,
        @Schema(description = "HTTP reason phrase", example = "Not Found") String title,
        @Schema(example = "404") int status,
        @Schema(description = "What went wrong, for a person: Vietnamese, or English when Accept-Language asks",
                example = "Không tìm thấy dịch vụ này. Mời chọn một dịch vụ trong danh sách của trung tâm.")
        String detail,
        @Schema(description = "The path called, relative to the server", format = "uri-reference",
                example = "/api/v1/tickets") URI instance,
        @Schema(description = "Stable machine-readable key of the problem", example = "problem.service.unknown")
        String code,
        @Schema(description = "The request field at fault, when one is", nullable = true, example = "priority")
        String field,
        @Schema(description = "The values the field accepts, for an unknown enum value", nullable = true)
        List<String> allowedValues,
        @Schema(description = "Fields that failed validation", nullable = true) List<ApiProblems.FieldProblem> errors) {
}
