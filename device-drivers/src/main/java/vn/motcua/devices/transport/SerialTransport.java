package vn.motcua.devices.transport;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;

/** A serial port (USB-serial adapter, RS-232, or a socat pty in tests) opened by its path, 8N1. */
public final class SerialTransport implements Transport {

    // A device that stops taking bytes (flow control stuck, unplugged) must not hang the caller forever.
    private static final int WRITE_TIMEOUT_MILLIS = 5_000;
    private static final int TIMEOUT_MODE = SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING;

    private static final int INITIAL_READ_TIMEOUT_MILLIS = 100;

    private final SerialPort port;
    private final String description;
    private final Object readLock = new Object();
    private final Object writeLock = new Object();
    private int readTimeoutMillis = INITIAL_READ_TIMEOUT_MILLIS;

    private SerialTransport(SerialPort port, String description) {
        this.port = port;
        this.description = description;
    }

    /** Opens the port at {@code path} (e.g. {@code /dev/ttyUSB0}) with 8 data bits, no parity, 1 stop bit. */
    public static SerialTransport open(String path, int baudRate) throws IOException {
        return open(path, baudRate, Parity.NONE);
    }

    /** Opens the port at {@code path} with 8 data bits, the given parity and 1 stop bit. */
    public static SerialTransport open(String path, int baudRate, Parity parity) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw new IOException("No serial port at " + path, e);
        }
        port.setComPortParameters(baudRate, 8, SerialPort.ONE_STOP_BIT, parity.code());
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(TIMEOUT_MODE, INITIAL_READ_TIMEOUT_MILLIS, WRITE_TIMEOUT_MILLIS);
        if (!port.openPort()) {
            throw new IOException("Cannot open serial port " + path + " (error " + port.getLastErrorCode() + ")");
        }
        return new SerialTransport(port, "serial " + path + " @ " + baudRate + " 8" + parity.letter() + "1");
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        synchronized (writeLock) {
            int offset = 0;
            while (offset < bytes.length) {
                int written = port.writeBytes(bytes, bytes.length - offset, offset);
                if (written <= 0) {
                    throw new IOException("Write failed on " + description + " (error " + port.getLastErrorCode() + ")");
                }
                offset += written;
            }
        }
    }

    @Override
    public int read(byte[] buffer, int timeoutMillis) throws IOException {
        synchronized (readLock) {
            int wanted = buffer.length;
            if (timeoutMillis <= 0) {
                // jSerialComm treats a zero timeout as "wait forever", so "no wait" means "take what is there".
                int available = port.bytesAvailable();
                if (available < 0) {
                    throw new IOException("Read failed on " + description);
                }
                if (available == 0) {
                    return 0;
                }
                wanted = Math.min(wanted, available);
            } else if (timeoutMillis != readTimeoutMillis) {
                port.setComPortTimeouts(TIMEOUT_MODE, timeoutMillis, WRITE_TIMEOUT_MILLIS);
                readTimeoutMillis = timeoutMillis;
            }
            int count = port.readBytes(buffer, wanted);
            if (count < 0) {
                throw new IOException("Read failed on " + description + " (error " + port.getLastErrorCode() + ")");
            }
            return count;
        }
    }

    /**
     * Asks the kernel how many bytes wait (FIONREAD). An unplugged USB adapter's tty and a pty whose other
     * side closed (socat killed) are both hung up, and a hung-up tty answers every ioctl with EIO, so
     * jSerialComm returns -1. Nothing goes on the wire, unlike a probe write, and no event thread is needed,
     * unlike jSerialComm's port-disconnected listener.
     */
    @Override
    public boolean alive() {
        return port.bytesAvailable() >= 0;
    }

    @Override
    public void close() {
        port.closePort();
    }

    @Override
    public String describe() {
        return description;
    }
}
