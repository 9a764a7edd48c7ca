package vn.motcua.devices.simulator;

import java.io.IOException;
import vn.motcua.devices.rs485.BusFrame;
import vn.motcua.devices.rs485.KeypadCommand;
import vn.motcua.devices.transport.Transport;

/** Plays rating pads and caller keypads on the device end of a {@link Transport}: each press sends one frame. */
public final class SimulatedKeyPad implements AutoCloseable {

    private final Transport link;

    /** Sends on {@code deviceEnd}, which it closes. */
    public SimulatedKeyPad(Transport deviceEnd) {
        this.link = deviceEnd;
    }

    /** The rating pad at {@code address} sends key '0'+score. */
    public void rate(int address, int score) throws IOException {
        press(address, '0' + score);
    }

    /** The keypad at {@code address} sends the byte of {@code command}. */
    public void press(int address, KeypadCommand command) throws IOException {
        press(address, command.code());
    }

    /** Sends {@code 01 address key 07}. */
    public void press(int address, int key) throws IOException {
        link.write(frame(address, key));
    }

    /** Sends raw bytes, e.g. noise or broken frames. */
    public void sendRaw(byte[] bytes) throws IOException {
        link.write(bytes);
    }

    /** The 4 bytes of one key frame. */
    public static byte[] frame(int address, int key) {
        return BusFrame.encode(address, new byte[] {(byte) key});
    }

    @Override
    public void close() {
        link.close();
    }
}
