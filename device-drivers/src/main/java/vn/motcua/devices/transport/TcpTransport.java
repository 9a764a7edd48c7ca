package vn.motcua.devices.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** A raw TCP link, such as a network receipt printer on port 9100. */
public final class TcpTransport implements Transport {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String description;
    private final Object readLock = new Object();
    private final Object writeLock = new Object();

    private TcpTransport(Socket socket, String description) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.description = description;
    }

    /** Connects, giving up after {@code connectTimeoutMillis} so a switched-off printer cannot stall the caller. */
    public static TcpTransport connect(String host, int port, int connectTimeoutMillis) throws IOException {
        var socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            // Status requests are a few bytes each; Nagle would delay them behind the previous write.
            socket.setTcpNoDelay(true);
            return new TcpTransport(socket, "tcp " + host + ":" + port);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        synchronized (writeLock) {
            out.write(bytes);
            out.flush();
        }
    }

    @Override
    public int read(byte[] buffer, int timeoutMillis) throws IOException {
        synchronized (readLock) {
            int wanted = buffer.length;
            if (timeoutMillis <= 0) {
                // A zero socket timeout means "wait forever", so "no wait" means "take what is there".
                wanted = Math.min(wanted, in.available());
                if (wanted == 0) {
                    return 0;
                }
            } else {
                socket.setSoTimeout(timeoutMillis);
            }
            try {
                int count = in.read(buffer, 0, wanted);
                if (count < 0) {
                    throw new IOException("Connection closed by " + description);
                }
                return count;
            } catch (SocketTimeoutException e) {
                return 0;
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is best effort: the socket is unusable either way.
        }
    }

    @Override
    public String describe() {
        return description;
    }
}
