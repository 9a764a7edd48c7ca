package vn.motcua.forms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 02, the request to supplement a dossier: everything missing at once, each with its reason. The first request
 * is number 1; any later one must state why it is asked again ({@code repeatReason}, null on the first).
 */
public record SupplementForm(String centerName, String code, String procedureCode, String procedureName,
        String applicantName, List<Item> items, String officerName, Instant askedAt, int requestNumber,
        String repeatReason, String trackingUrl) {

    /** One thing missing or to be corrected, and why. */
    public record Item(String missing, String reason) {

        /** Both halves are what the citizen needs to act on. */
        public Item {
            Objects.requireNonNull(missing, "missing");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Rejects a request with nothing in it, or a repeated request without its reason. */
    public SupplementForm {
        Objects.requireNonNull(centerName, "centerName");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(applicantName, "applicantName");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a supplement request lists what is missing");
        }
        Objects.requireNonNull(officerName, "officerName");
        Objects.requireNonNull(askedAt, "askedAt");
        if (requestNumber < 1) {
            throw new IllegalArgumentException("requestNumber starts at 1: " + requestNumber);
        }
        if (requestNumber > 1 && (repeatReason == null || repeatReason.isBlank())) {
            throw new IllegalArgumentException("request " + requestNumber + " needs its stated reason");
        }
        Objects.requireNonNull(trackingUrl, "trackingUrl");
    }

    /** Whether this is not the first request, so the form shows why it is asked again. */
    public boolean isRepeat() {
        return requestNumber > 1;
    }
}
