package vn.motcua.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class TcpTransportTest {

    @Test
    void bytesFlowBothWaysOverALocalSocket() throws IOException {
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             var transport = TcpTransport.connect("127.0.0.1", server.getLocalPort(), 1_000);
             Socket printerSide = server.accept()) {
            transport.write(new byte[] {0x10, 0x04, 1});
            byte[] request = printerSide.getInputStream().readNBytes(3);
            printerSide.getOutputStream().write(0x12);

            byte[] reply = new byte[4];
            assertThat(request).containsExactly(0x10, 0x04, 1);
            assertThat(transport.read(reply, 1_000)).isEqualTo(1);
            assertThat(reply[0]).isEqualTo((byte) 0x12);
            assertThat(transport.read(reply, 100)).isZero();
            assertThat(transport.read(reply, 0)).isZero();
            assertThat(transport.describe()).isEqualTo("tcp 127.0.0.1:" + server.getLocalPort());
        }
    }

    @Test
    void refusedConnectionIsAnIOException() throws IOException {
        int port;
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
        }

        assertThatThrownBy(() -> TcpTransport.connect("127.0.0.1", port, 1_000)).isInstanceOf(IOException.class);
    }
}
