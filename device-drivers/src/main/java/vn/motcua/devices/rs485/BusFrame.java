package vn.motcua.devices.rs485;

import java.io.ByteArrayOutputStream;

/** The RS-485 frame shared by LED displays, rating pads and keypads: {@code 01 address payload… 07}. */
public final class BusFrame {

    /** Start of frame (SOH). */
    public static final int START = 0x01;
    /** End of frame (BEL). */
    public static final int END = 0x07;
    /** Lowest device address; addresses stay above the control bytes so SOH and BEL never appear as data. */
    public static final int MIN_ADDRESS = 0x20;
    /** Highest device address. */
    public static final int MAX_ADDRESS = 0xFF;

    private BusFrame() {}

    /** Builds {@code 01 address payload 07}; the payload must not hold SOH or BEL. */
    public static byte[] encode(int address, byte[] payload) {
        checkAddress(address);
        var out = new ByteArrayOutputStream(payload.length + 3);
        out.write(START);
        out.write(address);
        for (byte b : payload) {
            if (b == START || b == END) {
                throw new IllegalArgumentException("Payload holds a frame delimiter: " + (b & 0xFF));
            }
            out.write(b);
        }
        out.write(END);
        return out.toByteArray();
    }

    /** Whether {@code address} is a valid device address. */
    public static boolean isAddress(int address) {
        return address >= MIN_ADDRESS && address <= MAX_ADDRESS;
    }

    /** Throws unless {@code address} is a valid device address. */
    public static int checkAddress(int address) {
        if (!isAddress(address)) {
            throw new IllegalArgumentException("Bus address must be 0x20..0xFF, was " + address);
        }
        return address;
    }
}
