package vn.motcua.outbox;

/** How a message reaches the citizen; RECORD keeps it on the record only (no sender configured, or no contact). */
public enum MessageChannel {
    RECORD,
    SMS,
    ZALO,
    EMAIL
}
