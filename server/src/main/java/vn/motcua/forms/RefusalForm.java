package vn.motcua.forms;

import java.time.Instant;
import java.util.Objects;

/** Mẫu 03, the refusal to receive a dossier, with its reason, the officer who refused and when. */
public record RefusalForm(String centerName, String code, String procedureCode, String procedureName,
        String applicantName, String reason, String officerName, Instant at) {

    /** Rejects missing fields here, where the caller's mistake is visible, not later in the renderer. */
    public RefusalForm {
        Objects.requireNonNull(centerName, "centerName");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(officerName, "officerName");
        Objects.requireNonNull(at, "at");
    }
}
