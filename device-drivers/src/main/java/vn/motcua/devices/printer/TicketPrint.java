package vn.motcua.devices.printer;

import java.util.Objects;

/**
 * What goes on a queue ticket. Text is already localized Vietnamese by the caller; only
 * {@code priorityLabel} may be null (no priority).
 */
public record TicketPrint(String centerName, String serviceName, String ticketNumber, String priorityLabel,
                          String issuedAtText, int peopleAhead, String estimatedWaitText, String trackingUrl,
                          String hotlineText) {

    /** Rejects missing text here, where the caller's mistake is visible, not later in the renderer. */
    public TicketPrint {
        Objects.requireNonNull(centerName, "centerName");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(issuedAtText, "issuedAtText");
        Objects.requireNonNull(estimatedWaitText, "estimatedWaitText");
        Objects.requireNonNull(trackingUrl, "trackingUrl");
        Objects.requireNonNull(hotlineText, "hotlineText");
        if (peopleAhead < 0) {
            throw new IllegalArgumentException("peopleAhead must not be negative: " + peopleAhead);
        }
    }
}
