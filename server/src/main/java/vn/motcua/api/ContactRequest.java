package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A visitor's mobile number for their ticket, with their consent. */
@Schema(description = "A mobile number to be texted when the ticket's turn is near, kept only with consent")
record ContactRequest(
        @Schema(description = "Vietnamese mobile number: 0 and 9 digits, or +84 and 9 digits", example = "0912345678")
        String phone,
        @Schema(description = "Must be true: the visitor agrees the number is kept for this (and checked against "
                + "number hoarding) until they delete it, at most the center's watch days") Boolean consent) {
}
