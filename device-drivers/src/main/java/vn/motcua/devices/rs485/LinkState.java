package vn.motcua.devices.rs485;

/** Whether a bus link is open right now. */
public enum LinkState {
    /** The port is open and the last read, write or check found it there. */
    UP,
    /** The port is closed or failed; the supervisor is retrying with back-off. */
    DOWN
}
