package vn.motcua.audit;

/** What an audit record says happened. */
public enum AuditAction {
    SIGNED_IN, SIGN_IN_FAILED, SIGNED_OUT,
    COUNTER_OPENED, COUNTER_CLOSED,
    DEVICE_PAIRED, PAIRING_REFUSED, DEVICE_REVOKED,
    SETTING_CHANGED,
    ACCOUNT_CREATED, PASSWORD_RESET, ACCOUNT_DISABLED, ACCOUNT_ENABLED,
    DOSSIERS_IMPORTED,
    FEEDBACK_RECEIVED, FEEDBACK_ANSWERED, FEEDBACK_PUBLISHED,
    /** A manager assigned (or re-assigned) feedback to the unit concerned: old unit, new unit, note. */
    FEEDBACK_ASSIGNED,
    /** Someone read personal data (the broker watch's phone and ID numbers, names): who, where, which. */
    PERSONAL_DATA_READ,
    WATCH_ACTION_RECORDED,
    FOLLOW_UP_CONTACTED, FOLLOW_UP_RESOLVED,
    /** A grade proposed for an officer's month: the grade, the rule's grade and the reason. */
    EVALUATION_PROPOSED,
    /** A grade decided for an officer's month: the grade, the proposed one and the reason. */
    EVALUATION_DECIDED,
    /** A member of staff marked what the 766 index reads on a dossier (digitised, paid online, synced): old → new. */
    DOSSIER_MARKED,
    /** The catalogue and the counters (admin screens): what was added or changed, each value old → new. */
    FIELD_ADDED, FIELD_CHANGED, SERVICE_ADDED, SERVICE_CHANGED, SERVICE_RETIRED, SERVICE_REINSTATED,
    PROCEDURE_ADDED, PROCEDURE_CHANGED, COUNTER_ADDED, COUNTER_CHANGED,
    /** The admin kept the leaders whose hotlines are posted: a line added, corrected, moved or removed (old → new). */
    LEADER_ADDED, LEADER_CHANGED, LEADER_MOVED, LEADER_REMOVED,
    /** The admin kept units and heads: code and name, or the head (old → new). */
    UNIT_ADDED, UNIT_CHANGED, UNIT_HEAD_CHANGED,
    /** The admin kept officers: added, corrected, moved to another unit, left the center (old → new). */
    OFFICER_ADDED, OFFICER_CHANGED, OFFICER_MOVED, OFFICER_LEFT,
    /** An admin changed the working calendar (a weekday's hours, a holiday, a make-up day): old → new. */
    CALENDAR_CHANGED,
    /** An admin changed the device map (a device's port, bus address or counter): old → new. */
    DEVICE_MAP_CHANGED
}
