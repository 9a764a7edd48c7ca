package vn.motcua.device;

/** What a device on the device map is: the counters' RS-485 devices, or a printer reached by port or host. */
public enum DeviceKind {
    COUNTER_DISPLAY(true, true),
    RATING_PAD(true, true),
    CALLER_KEYPAD(true, true),
    COUNTER_PRINTER(false, true),
    KIOSK_PRINTER(false, false);

    private final boolean onBus;
    private final boolean atCounter;

    DeviceKind(boolean onBus, boolean atCounter) {
        this.onBus = onBus;
        this.atCounter = atCounter;
    }

    /** On an RS-485 bus with an address; otherwise a printer with a port or host:port of its own. */
    public boolean onBus() {
        return onBus;
    }

    /** Serves one counter; the kiosk's printer serves the hall. */
    public boolean atCounter() {
        return atCounter;
    }
}
