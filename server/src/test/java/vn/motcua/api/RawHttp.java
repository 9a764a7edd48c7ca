package vn.motcua.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests Java's HTTP client refuses to send (a backslash or a raw control byte in the path, a header of 100 kB):
 * written byte by byte on a socket, as an outside fuzzer or a broken client would.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends one request line and headers (and no body); reads the whole answer, the server closes or says its length. */
    static Api.Reply send(int port, String method, String target, String... headers) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: localhost\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(method + " " + abbreviated(target), readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, read);
            }
        } catch (java.net.SocketException reset) {
            // The server may reset after answering a request it refused to read in full; what came is the answer.
        }
        return all.toByteArray();
    }

    private static Api.Reply parse(String call, byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Api.Reply(call, -1, "", null, null, text);
        }
        String[] head = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        String contentType = "";
        boolean chunked = false;
        for (String line : head) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(line.indexOf(':') + 1).strip();
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        return new Api.Reply(call, status, contentType, null, null,
                new String(chunked ? unchunked(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunked(byte[] body) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        String latin = new String(body, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < body.length) {
            int lineEnd = latin.indexOf("\r\n", at);
            int size = lineEnd < 0 ? 0 : Integer.parseInt(latin.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            plain.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return plain.toByteArray();
    }

    private static String abbreviated(String target) {
        return target.length() > 80 ? target.substring(0, 80) + "...(" + target.length() + ")" : target;
    }
}
