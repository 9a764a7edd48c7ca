package vn.motcua.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;

/**
 * The HTTP SMS sender against a fake gateway this test starts on a free port: it answers as each test plans (500, a
 * hang past the timeout, 503, 200), and keeps what it received. The outbox tries again after 1, 2, 4, 8 minutes and
 * gives up after 5 tries.
 */
@ServerTest
class HttpSmsSenderTest {

    private static final String TEXT = "Số A012 sắp đến lượt: còn 2 người. Mời ông/bà về quầy \"Một cửa\".";
    private static final Gateway gateway = new Gateway();

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("motcua.sms.url", () -> "http://127.0.0.1:" + gateway.port() + "/sms");
        registry.add("motcua.sms.template", () -> "{\"phone\":\"{phone}\",\"message\":\"{text}\"}");
        registry.add("motcua.sms.auth-header", () -> "Authorization: Bearer test-key");
        registry.add("motcua.sms.timeout", () -> "1s");
    }

    @AfterAll
    static void stopGateway() {
        gateway.server.stop(0);
    }

    @Autowired
    Outbox outbox;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("delete from outbox_message").update();
        gateway.received.clear();
        gateway.answers.clear();
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 0));
    }

    @Test
    void failsTwiceThenSendsWithTheTextIntact() {
        gateway.plan(500, Gateway.HANG, 200);
        OutboxMessage message = outbox.post(MessageChannel.SMS, "0912345678", TEXT, "TICKET", "abc123");
        Instant start = clock.instant();

        assertThat(outbox.deliver()).isEqualTo(1);
        OutboxMessage first = reread(message);
        assertThat(first.getState()).isEqualTo(MessageState.WAITING);
        assertThat(first.getAttempts()).isEqualTo(1);
        assertThat(first.getLastError()).hasValueSatisfying(error -> assertThat(error).contains("500", "boom"));
        assertThat(first.getNextAttemptAt()).contains(start.plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(30));
        assertThat(outbox.deliver()).as("not due before its minute").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(outbox.deliver()).isEqualTo(1);
        OutboxMessage second = reread(message);
        assertThat(second.getAttempts()).isEqualTo(2);
        assertThat(second.getLastError()).hasValueSatisfying(error -> assertThat(error).contains("no answer", "1 s"));
        assertThat(second.getNextAttemptAt()).contains(start.plus(Duration.ofMinutes(3)));

        clock.advance(Duration.ofMinutes(2));
        assertThat(outbox.deliver()).isEqualTo(1);
        OutboxMessage third = reread(message);
        assertThat(third.getState()).isEqualTo(MessageState.SENT);
        assertThat(third.getAttempts()).isEqualTo(3);
        assertThat(third.getLastError()).isEmpty();
        assertThat(third.getNextAttemptAt()).isEmpty();
        assertThat(third.getSentAt()).contains(clock.instant());

        assertThat(gateway.received).hasSize(3).allSatisfy(request -> {
            assertThat(request.body()).isEqualTo("{\"phone\":\"0912345678\",\"message\":\""
                    + TEXT.replace("\"", "\\\"") + "\"}");
            assertThat(request.contentType()).isEqualTo("application/json; charset=UTF-8");
            assertThat(request.authorization()).isEqualTo("Bearer test-key");
            assertThat(request.method()).isEqualTo("POST");
        });
    }

    @Test
    void aGatewayThatAlwaysFailsEndsFailedAfterFiveTries() {
        gateway.plan(503, 503, 503, 503, 503, 200);
        OutboxMessage message = outbox.post(MessageChannel.SMS, "+84912345678", "Hồ sơ đã có kết quả", "DOSSIER",
                "000.00.23.H22-261202-0001");
        Instant start = clock.instant();
        List<Integer> waits = List.of(1, 2, 4, 8);
        Instant due = start;
        for (int tried = 1; tried <= 5; tried++) {
            assertThat(outbox.deliver()).isEqualTo(1);
            OutboxMessage now = reread(message);
            assertThat(now.getAttempts()).isEqualTo(tried);
            assertThat(now.getLastError()).hasValueSatisfying(error -> assertThat(error).contains("503"));
            if (tried < 5) {
                due = due.plus(Duration.ofMinutes(waits.get(tried - 1)));
                assertThat(now.getState()).isEqualTo(MessageState.WAITING);
                assertThat(now.getNextAttemptAt()).contains(due);
                clock.set(LocalDateTime.ofInstant(due, clock.getZone()));
            }
        }
        OutboxMessage failed = reread(message);
        assertThat(failed.getState()).isEqualTo(MessageState.FAILED);
        assertThat(failed.getNextAttemptAt()).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(outbox.deliver()).as("given up: never tried again").isZero();
        assertThat(gateway.received).hasSize(5);
    }

    @Test
    void aMessageWithoutAPhoneIsOnlyRecordedAndNeverReachesTheGateway() {
        OutboxMessage message = outbox.post(MessageChannel.SMS, null, "Hồ sơ đã có kết quả", "DOSSIER", "x");

        outbox.deliver();

        assertThat(reread(message).getState()).isEqualTo(MessageState.RECORDED);
        assertThat(gateway.received).isEmpty();
    }

    private OutboxMessage reread(OutboxMessage message) {
        return outbox.about(message.getSubjectKind(), message.getSubjectRef()).stream()
                .filter(each -> each.getId().equals(message.getId())).findFirst().orElseThrow();
    }

    /** What the fake gateway received. */
    record Received(String method, String contentType, String authorization, String body) {
    }

    /** A gateway on a free port of this machine that answers as planned, one answer per request. */
    static final class Gateway {

        static final int HANG = -1;
        final HttpServer server;
        final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
        final List<Received> received = new CopyOnWriteArrayList<>();

        Gateway() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException failed) {
                throw new IllegalStateException(failed);
            }
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/sms", this::answer);
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        void plan(Integer... statuses) {
            answers.addAll(List.of(statuses));
        }

        private void answer(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            Integer status = answers.poll();
            int code = status == null ? 500 : status;
            if (code == HANG) {
                try {
                    Thread.sleep(2_500);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
                code = 200;
            }
            byte[] said = (code == 500 ? "boom" : code == 503 ? "busy" : "{\"ok\":true}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, said.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(said);
            }
        }
    }
}
