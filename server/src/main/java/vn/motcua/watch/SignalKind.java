package vn.motcua.watch;

/** The patterns of a broker (cò giấy tờ) the center's own data can show. */
public enum SignalKind {
    /** One phone or ID number submitting dossiers for many different owners. */
    SHARED_CONTACT,
    /** Tickets for different services taken at one kiosk within minutes. */
    KIOSK_BURST,
    /** Tickets of one kiosk and hour taken and never served. */
    HOARDING,
    /** One phone number on tickets or dossiers on many different days. */
    PHONE_REUSE
}
