package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.api.Api.Reply;

/** Whatever a client sends, the API answers with a problem it can read, never with a server error. */
class BadInputApiTest extends RunningApiTest {

    private static final List<String> COUNTERS = List.of("1", "2", "9999", "-1", "0", "abc", "99999999999", "1.5",
            "%20", "1e3");
    private static final List<String> COUNTER_ACTIONS = List.of("call-next", "call", "recall", "start", "finish",
            "no-show", "hold", "resume", "transfer", "walk-in", "second-service");
    private static final String LONG = "x".repeat(20_000);
    private static final List<String> BODIES = List.of("", "{", "}", "garbage", "[]", "null", "\"text\"", "123",
            "true", "{}", "{\"serviceCode\":12}", "{\"serviceCode\":{}}", "{\"serviceCode\":[]}",
            "{\"serviceCode\":null}", "{\"serviceCode\":\"\"}", "{\"serviceCode\":\"" + LONG + "\"}",
            "{\"serviceCode\":\"HT-KS\",\"priority\":5}", "{\"serviceCode\":\"HT-KS\",\"priority\":\"\"}",
            "{\"serviceCode\":\"HT-KS\",\"priority\":\"none\"}", "{\"serviceCode\":\"HT-KS\",\"priority\":[\"NONE\"]}",
            "{\"ticketNumber\":99999999999999999999999}", "{\"ticketNumber\":\"" + LONG + "\"}", "{\"ticketNumber\":\"\"}",
            "{\"officerId\":99999999999999999999999999}", "{\"officerId\":\"abc\"}", "{\"officerId\":-1}",
            "{\"officerId\":1.5}", "{\"officerId\":1e400}", "{\"officerId\":null}",
            "{\"counter\":99999999999}", "{\"counter\":-3}", "{\"counter\":\"two\"}", "{\"counter\":2,\"serviceCode\":\"NO\"}",
            "{\"comment\":\"" + LONG + "\"}", "{\"comment\":42}", "{\"reason\":\"" + LONG + "\",\"counter\":2}",
            "{\"serviceCode\":\"HT-KS\\u0000\"}", "{\"serviceCode\":\"HT-KS\"} trailing",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000));
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1");


    private final List<Reply> replies = new ArrayList<>();

    @BeforeEach
    void aCounterBusyAndTheOthersIdle() {
        api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");
        api.post("/api/v1/tickets", "{\"serviceCode\":\"TP-CT\"}");
        assertThat(api.post("/api/v1/counters/1/call-next").status()).isEqualTo(200);
    }

    @Test
    void noBadInputGivesAServerError() {
        for (String counter : COUNTERS) {
            for (String action : COUNTER_ACTIONS) {
                call("POST", "/api/v1/counters/" + counter + "/" + action, "{\"serviceCode\":\"HT-KS\"}", "application/json");
            }
            call("PUT", "/api/v1/counters/" + counter + "/officer", "{\"officerId\":1}", "application/json");
        }
        List<String[]> bodyEndpoints = new ArrayList<>();
        bodyEndpoints.add(new String[] {"POST", "/api/v1/tickets"});
        // The busy counter, an idle one and one that does not exist.
        for (String counter : List.of("1", "2", "9999")) {
            for (String action : COUNTER_ACTIONS) {
                bodyEndpoints.add(new String[] {"POST", "/api/v1/counters/" + counter + "/" + action});
            }
            bodyEndpoints.add(new String[] {"PUT", "/api/v1/counters/" + counter + "/officer"});
        }
        for (String[] endpoint : bodyEndpoints) {
            for (String body : BODIES) {
                call(endpoint[0], endpoint[1], body, "application/json");
            }
            for (String contentType : CONTENT_TYPES) {
                call(endpoint[0], endpoint[1], "{\"serviceCode\":\"HT-KS\"}", contentType);
            }
            call(endpoint[0], endpoint[1], "{\"serviceCode\":\"HT-KS\"}", null);
            call(endpoint[0], endpoint[1], null, null);
        }
        for (String code : List.of("nosuchcode42", "-1", "%20", "..", LONG.substring(0, 4_000), "%C3%A1", "a;b")) {
            call("GET", "/api/v1/tickets/" + code, null, null);
            call("POST", "/api/v1/tickets/" + code + "/return", "garbage", "application/json");
        }
        for (String path : List.of("/api/v1/services", "/api/v1/queue", "/api/v1/services?page=-1",
                "/api/v1/queue?day=yesterday")) {
            call("GET", path, null, null);
            call("GET", path, "garbage", "application/json");
        }

        assertThat(replies).hasSizeGreaterThan(1_500);
        assertThat(replies).filteredOn(reply -> reply.status() >= 500).isEmpty();
        assertThat(replies).filteredOn(reply -> reply.status() >= 400 && !reply.isProblem()).isEmpty();
        // The batch reaches every kind of refusal, so it tests the mapping, not one early exit.
        assertThat(replies.stream().filter(Reply::isProblem).map(reply -> reply.json().get("code").asString()))
                .contains("problem.request.malformed", "problem.request.missing-body", "problem.request.wrong-type",
                        "problem.request.invalid", "problem.request.value", "problem.request.media-type",
                        "problem.counter.unknown", "problem.service.unknown", "problem.ticket.unknown",
                        "problem.counter.not-seated", "problem.auth.required", "problem.counter.idle",
                        "problem.ticket.hold-comment");
    }

    @Test
    void aWrongMethodIs405WithTheAllowedOnes() {
        for (String method : List.of("GET", "DELETE", "PATCH", "PUT")) {
            call(method, "/api/v1/counters/1/call-next", null, null);
            call(method, "/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}", "application/json");
        }
        call("POST", "/api/v1/queue", "{}", "application/json");
        call("DELETE", "/api/v1/services", null, null);
        call("POST", "/api/v1/counters/1/officer", "{\"officerId\":1}", "application/json");

        assertThat(replies).hasSize(11).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(405);
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
            assertThat(reply.json().get("code").asString()).isEqualTo("problem.request.method");
        });
        Reply reply = api.send("GET", "/api/v1/counters/1/call-next", null, null);
        assertThat(reply.allow()).isEqualTo("POST");
    }

    @Test
    void anUnknownAddressUnderTheApiIs404NotAPage() {
        for (String path : List.of("/api/v1/nope", "/api/v2/services", "/api/v1/counters/1", "/api/v1/counters/1/nope",
                "/api", "/api/v1/tickets/abc/def")) {
            call("GET", path, null, null);
            call("POST", path, "{}", "application/json");
        }

        assertThat(replies).hasSize(12).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
            assertThat(reply.json().get("code").asString()).isEqualTo("problem.request.no-such-path");
        });
    }

    @Test
    void aClientThatAcceptsOnlyHtmlGets406AsAProblem() {
        Reply reply = api.accepting("text/html").get("/api/v1/queue");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(406);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("problem.request.not-acceptable");
    }

    private void call(String method, String path, String body, String contentType) {
        Reply reply = api.send(method, path, body, contentType);
        replies.add(reply);
        if (reply.status() >= 500 || (reply.status() >= 400 && !reply.isProblem())) {
            System.out.println("BAD " + abbreviated(reply));
        }
    }

    private static String abbreviated(Reply reply) {
        String text = reply.toString();
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
