package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The refusal every form of the daily overdue list shares. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400", description = "A malformed day, or a day other than today",
        content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@interface DayRefusals {
}
