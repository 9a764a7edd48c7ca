package vn.motcua.archfixture.devices;

import java.nio.charset.StandardCharsets;

/** Keeps rule d: a driver using the JDK only. */
public class SerialDriver {

    /** The bytes of a frame. */
    public byte[] frame(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
