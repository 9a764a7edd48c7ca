package vn.motcua.feedback;

/** Where feedback came in: the kiosk's form, a ticket's or dossier's phone page, the hall board's QR code, a hotline
 * call an officer recorded, or the API. */
public enum FeedbackChannel {
    KIOSK,
    PHONE_PAGE,
    HALL_QR,
    HOTLINE,
    API
}
