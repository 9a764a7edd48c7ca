package vn.motcua.forms;

import java.time.Instant;
import java.util.Objects;

/**
 * Mẫu 04, the apology and new appointment: to whom, for which dossier, when it was received and due, why it is late,
 * the new date a leader approved, who signs and the citizen's page.
 */
public record ApologyForm(String centerName, String agencyId, String code, String procedureCode, String procedureName,
        String applicantName, Instant receivedAt, Instant dueAt, String reason, Instant newAppointmentAt,
        String leaderName, String trackingUrl, String hotline) {

    /** Everything on it is what the citizen needs to read. */
    public ApologyForm {
        Objects.requireNonNull(centerName, "centerName");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an apology says why the result is late");
        }
        Objects.requireNonNull(newAppointmentAt, "newAppointmentAt");
        Objects.requireNonNull(leaderName, "leaderName");
        Objects.requireNonNull(trackingUrl, "trackingUrl");
        Objects.requireNonNull(hotline, "hotline");
    }
}
