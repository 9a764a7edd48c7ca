package vn.motcua.forms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 01, the receipt and appointment slip: what was received from whom, by which officer, and when the result is
 * due. Text is data already in Vietnamese; {@code ownerName} (someone submits on another's behalf),
 * {@code applicantPhone} and {@code feeWords} may be null.
 */
public record ReceiptForm(String centerName, String agencyId, String code, String procedureCode, String procedureName,
        String applicantName, String ownerName, String applicantPhone, Channel channel,
        List<ReceivedDocument> documents, Instant receivedAt, Instant dueAt, String officerName, String trackingUrl,
        String hotline, String feeWords) {

    /** How the dossier came in; the form names it in words. */
    public enum Channel {
        /** At the counter. */
        IN_PERSON,
        /** Through the online public service portal. */
        ONLINE,
        /** By the public postal service. */
        POST
    }

    /** One document ticked off against the procedure's list, with the number of copies handed in. */
    public record ReceivedDocument(String name, int copies) {

        /** A document has a name and at least one copy. */
        public ReceivedDocument {
            Objects.requireNonNull(name, "name");
            if (copies < 1) {
                throw new IllegalArgumentException("copies must be at least 1: " + copies);
            }
        }
    }

    /** Rejects missing fields here, where the caller's mistake is visible, not later in the renderer. */
    public ReceiptForm {
        Objects.requireNonNull(centerName, "centerName");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(channel, "channel");
        documents = List.copyOf(documents);
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(officerName, "officerName");
        Objects.requireNonNull(trackingUrl, "trackingUrl");
        Objects.requireNonNull(hotline, "hotline");
    }
}
