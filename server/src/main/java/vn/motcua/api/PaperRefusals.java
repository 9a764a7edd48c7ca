package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The refusals every paper of a dossier shares. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "404", description = "No dossier with this code, or a procedure the catalogue does not "
        + "list (an imported dossier of another agency)",
        content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "409", description = "The dossier has no such paper yet (no supplement request, not "
        + "refused, no apology approved)",
        content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@interface PaperRefusals {
}
