package vn.motcua;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Reads the operations endpoints as a monitor, a person or a collector would: plain HTTP with raw headers. */
public record OperationsHttp(int port) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer: its status, body and the origin it lets read it (CORS), if any. */
    public record Answer(int status, String body, String allowedOrigin) {
    }

    public Answer get(String path) {
        return get(path, null);
    }

    /** As a page opened from a local file asks (the screens' waiting page): its origin is "null". */
    public Answer fromLocalFile(String path) {
        return send(path, null, "null");
    }

    public Answer asPerson(String path, String username, String password) {
        return get(path, basic(username, password));
    }

    public Answer withBearer(String path, String token) {
        return get(path, bearer(token));
    }

    /** A POST with no body, with this Authorization header (or none). */
    public Answer post(String path, String authorization) {
        return send("POST", path, authorization, null);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Answer get(String path, String authorization) {
        return send("GET", path, authorization, null);
    }

    private Answer send(String path, String authorization, String origin) {
        return send("GET", path, authorization, origin);
    }

    private Answer send(String method, String path, String authorization, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
