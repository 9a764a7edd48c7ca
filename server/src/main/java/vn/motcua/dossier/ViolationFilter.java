package vn.motcua.dossier;

import java.time.LocalDate;

/**
 * What a reader asks of the register: the center's days from and to (both included, either left open), one kind, one
 * officer by code; null for "any".
 */
public record ViolationFilter(LocalDate from, LocalDate to, ViolationKind kind, String officerCode) {

    public static ViolationFilter all() {
        return new ViolationFilter(null, null, null, null);
    }
}
