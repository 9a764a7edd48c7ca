package vn.motcua.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client of the API, as an outside program would call it: raw bodies, raw headers. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String language;
    private final String accept;
    private final Credentials credentials;

    Api(int port) {
        this("http://localhost:" + port, null, null, Credentials.NONE);
    }

    private Api(String base, String language, String accept, Credentials credentials) {
        this.base = base;
        this.language = language;
        this.accept = accept;
        this.credentials = credentials;
    }

    /** The same client asking for answers in this language (Accept-Language). */
    Api inLanguage(String acceptLanguage) {
        return new Api(base, acceptLanguage, accept, credentials);
    }

    /** The same client accepting only this media type (Accept). */
    Api accepting(String mediaType) {
        return new Api(base, language, mediaType, credentials);
    }

    /** The same client proving who calls with these headers, chosen per request. */
    Api as(Credentials who) {
        return new Api(base, language, accept, who);
    }

    /** HTTP Basic for a person's account. */
    static Credentials person(String username, String password) {
        String basic = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return (method, path) -> java.util.Map.of("Authorization", basic);
    }

    /** A paired device's token. */
    static Credentials device(String token) {
        return (method, path) -> java.util.Map.of("X-Device-Token", token);
    }

    /** The headers that say who calls, for one request. */
    @FunctionalInterface
    interface Credentials {
        Credentials NONE = (method, path) -> java.util.Map.of();

        java.util.Map<String, String> headers(String method, String path);
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply post(String path) {
        return send("POST", path, null, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    Reply put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    Reply send(String method, String path, String body, String contentType) {
        return sendBytes(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** A body of raw bytes: a file, or text in another encoding than UTF-8. */
    Reply sendBytes(String method, String path, byte[] body, String contentType) {
        // The OpenAPI document is built on its first request, which takes half a minute on a busy machine.
        Duration patience = path.startsWith("/v3/api-docs") ? Duration.ofMinutes(3) : Duration.ofSeconds(30);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(patience)
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        credentials.headers(method, path).forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(method + " " + path, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Allow").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer: status, content type, Location, Allow, body (and the body as JSON). */
    record Reply(String call, int status, String contentType, String location, String allow, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return call + " -> " + status + " " + contentType + " " + body;
        }
    }
}
