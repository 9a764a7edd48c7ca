package vn.motcua.feedback;

/**
 * Feedback as it comes in: the category, the citizen's text, an optional contact, where it came from, and the ticket
 * (by its tracking code, the one in its QR) or dossier (by its code) it is about, when the citizen names one.
 */
public record FeedbackRequest(FeedbackCategory category, String text, String contact, FeedbackChannel channel,
        String ticketCode, String dossierCode) {
}
