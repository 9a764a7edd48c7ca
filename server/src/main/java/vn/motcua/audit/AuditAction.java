package vn.motcua.audit;

/** What an audit record says happened. */
public enum AuditAction {
    SIGNED_IN, SIGN_IN_FAILED, SIGNED_OUT,
    COUNTER_OPENED, COUNTER_CLOSED,
    DEVICE_PAIRED, PAIRING_REFUSED, DEVICE_REVOKED,
    SETTING_CHANGED
}
