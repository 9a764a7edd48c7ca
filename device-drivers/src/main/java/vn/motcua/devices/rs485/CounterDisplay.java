package vn.motcua.devices.rs485;

/** The LED display above one counter, reached through its {@link DisplayBus} at one address. */
public final class CounterDisplay {

    private final DisplayBus bus;
    private final int address;

    CounterDisplay(DisplayBus bus, int address) {
        this.bus = bus;
        this.address = address;
    }

    /** The bus address (0x20..0xFF). */
    public int address() {
        return address;
    }

    /** Shows {@code text} steadily; replaces anything still queued for this display, blinks included. */
    public void show(String text) {
        bus.submit(address, text, false);
    }

    /** Shows {@code text} for a new call, blinking it first so the citizen notices (see README). */
    public void call(String text) {
        bus.submit(address, text, true);
    }

    /** Blanks the display. */
    public void clear() {
        bus.submit(address, "", false);
    }

    /** The text last asked for, as fitted for the board. */
    public String text() {
        return bus.textOf(address);
    }
}
