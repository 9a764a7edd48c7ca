package vn.motcua.outbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sends SMS through a center's HTTP gateway: one request per message, its body the configured template with the
 * phone and the text put in (escaped for JSON or a form as the content type says). A 2xx answer is sent; anything
 * else, or no answer in time, throws and the outbox tries again later.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "motcua.sms.url")
class HttpSmsSender implements MessageSender {

    /** The body when the center names none: most gateways take a recipient and a text. */
    static final String DEFAULT_TEMPLATE = "{\"to\":\"{phone}\",\"text\":\"{text}\"}";

    private final URI url;
    private final String method;
    private final String template;
    private final String contentType;
    private final String authHeader;
    private final Duration timeout;
    private final HttpClient client;

    HttpSmsSender(@Value("${motcua.sms.url}") URI url, @Value("${motcua.sms.method:POST}") String method,
            @Value("${motcua.sms.template:}") String template,
            @Value("${motcua.sms.content-type:application/json}") String contentType,
            @Value("${motcua.sms.auth-header:}") String authHeader,
            @Value("${motcua.sms.timeout:5s}") Duration timeout) {
        this.url = url;
        this.method = method.strip().toUpperCase(Locale.ROOT);
        this.template = template.isBlank() ? DEFAULT_TEMPLATE : template;
        this.contentType = contentType.strip();
        this.authHeader = authHeader.strip();
        this.timeout = timeout;
        if (!this.authHeader.isEmpty() && this.authHeader.indexOf(':') < 1) {
            throw new IllegalArgumentException("motcua.sms.auth-header must read \"Name: value\"");
        }
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public boolean sends(MessageChannel channel) {
        return channel == MessageChannel.SMS;
    }

    @Override
    public MessageState send(OutboxMessage message) throws IOException, InterruptedException {
        String body = body(message.getRecipient().orElseThrow(), message.getText());
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", contentType + charset())
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!authHeader.isEmpty()) {
            int colon = authHeader.indexOf(':');
            request.header(authHeader.substring(0, colon).strip(), authHeader.substring(colon + 1).strip());
        }
        HttpResponse<String> answer;
        try {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException late) {
            throw new IOException("SMS gateway gave no answer within " + timeout.toSeconds() + " s", late);
        }
        if (answer.statusCode() / 100 != 2) {
            String said = answer.body() == null ? "" : answer.body().strip();
            throw new IOException("SMS gateway answered " + answer.statusCode()
                    + (said.isEmpty() ? "" : ": " + said.substring(0, Math.min(said.length(), 200))));
        }
        return MessageState.SENT;
    }

    /** The template with the phone and text put in, each escaped as the body's content type needs. */
    String body(String phone, String text) {
        return template.replace("{phone}", escaped(phone)).replace("{text}", escaped(text));
    }

    private String escaped(String value) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return json(value);
        }
        if (type.contains("x-www-form-urlencoded")) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        return value;
    }

    private String charset() {
        return contentType.toLowerCase(Locale.ROOT).contains("charset") ? "" : "; charset=UTF-8";
    }

    /** A JSON string's inside: quotes, backslashes and control characters escaped; Vietnamese letters as they are. */
    private static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
