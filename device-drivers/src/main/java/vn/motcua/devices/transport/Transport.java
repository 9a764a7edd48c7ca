package vn.motcua.devices.transport;

import java.io.IOException;

/** A byte link to one device: serial port, TCP socket or an in-memory pair for simulators. */
public interface Transport extends AutoCloseable {

    /** Sends all bytes, blocking until the link has taken them. */
    void write(byte[] bytes) throws IOException;

    /**
     * Waits at most {@code timeoutMillis} for bytes and returns how many were copied into the buffer;
     * 0 on timeout. A timeout of 0 returns only what has already arrived, without waiting.
     */
    int read(byte[] buffer, int timeoutMillis) throws IOException;

    /**
     * Whether the link is still there, asked without sending anything, so that a link that only writes
     * notices a lost device while idle. A link that cannot tell answers true and is found dead by its
     * next read or write.
     */
    default boolean alive() {
        return true;
    }

    /** Releases the link; later reads and writes fail with an IOException. */
    @Override
    void close();

    /** Where this link goes, for logs and the supervisor screen. */
    String describe();
}
