package vn.motcua.security;

/** What a person who signs in may do. Devices are not people: see {@link DeviceRole}. */
public enum Role {
    /** Accounts, devices, settings. */
    ADMIN,
    /** The chairperson or the center's director: every board, report and the audit trail. */
    MANAGER,
    /** Answers for a unit (trách nhiệm liên đới): boards and reports; serves at a counter when needed. */
    UNIT_HEAD,
    /** Serves at a counter. */
    OFFICER,
    /** The commune police's liaison (seed 002 tasks the police with brokers): reads the broker watch, nothing else. */
    POLICE;

    public String authority() {
        return "ROLE_" + name();
    }
}
