package vn.motcua.security;

/** What a paired browser is: each sees only its own screen, and a counter's devices only their counter's. */
public enum DeviceRole {
    KIOSK(false), COUNTER_DISPLAY(true), PAD(true), HALL(false);

    private final boolean perCounter;

    DeviceRole(boolean perCounter) {
        this.perCounter = perCounter;
    }

    public boolean perCounter() {
        return perCounter;
    }

    public String authority() {
        return "ROLE_DEVICE_" + name();
    }
}
