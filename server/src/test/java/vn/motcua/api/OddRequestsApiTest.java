package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.api.Api.Reply;
import vn.motcua.security.DemoAccess;

/** Requests an outside fuzzer sent: odd media types, bad encodings, odd numbers. Each gets a problem, nothing done. */
class OddRequestsApiTest extends RunningApiTest {

    private static final String TICKET = "{\"serviceCode\":\"HT-KS\"}";

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "text/*", "text/plain", "application/json; charset=bogus",
        "application/json; charset=latin1", ";;;", "garbage", "application/json/x", "*/json"})
    void aBodyOfAnOddMediaTypeIs415AndIssuesNothing(String contentType) {
        long before = tickets();

        Reply reply = api.send("POST", "/api/v1/tickets", TICKET, contentType);

        assertProblem(reply, 415, "problem.request.media-type");
        assertThat(tickets()).isEqualTo(before);
        assertProblem(api.send("PUT", "/api/v1/counters/1/officer", "{\"officerId\":1}", contentType), 415,
                "problem.request.media-type");
    }

    @Test
    void jsonInUtf8IsTaken() {
        assertThat(api.send("POST", "/api/v1/tickets", TICKET, "application/json; charset=UTF-8").status())
                .isEqualTo(201);
        assertThat(api.send("POST", "/api/v1/tickets", TICKET, "Application/JSON").status()).isEqualTo(201);
        // RFC 9110 allows empty parameters.
        assertThat(api.send("POST", "/api/v1/tickets", TICKET, "application/json;;").status()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%E0%A4%A", "%zz", "%", "2026-11-23%"})
    void aBadlyEncodedQueryIs400(String day) {
        Reply reply = RawHttp.send(port, "GET", "/api/v1/reports/scorecard?officer=CB01&day=" + day,
                "Authorization: " + Api.person("giamdoc", DemoAccess.PASSWORD).headers("GET", "").get("Authorization"));

        assertProblem(reply, 400, "problem.request.address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/tickets/%00", "/api/v1/tickets/%2F", "/api/v1/tickets/a%2Fb", "/api/v1/tickets/a;b",
        "/api/v1/tickets/a\\b", "/api/v1/tickets/%5C", "/api/v1/tickets/a%3Bb", "/api/v1/tickets/%",
        "/api/v1/tickets/a b", "/api/v1/tickets/\u0001", "/api/v1/tickets/..%2F..", "/api/v1/tickets/%C0%AF"})
    void anOddPathSegmentIsAProblemNotAPage(String target) {
        Reply reply = RawHttp.send(port, "GET", target);

        assertThat(reply.status()).as(reply.toString()).isIn(400, 404);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.body()).as(reply.toString()).doesNotContain("<html", "Tomcat");
    }

    @Test
    void veryLongValuesAndHeadersAreProblemsNotPages() {
        List<Reply> replies = List.of(
                RawHttp.send(port, "GET", "/api/v1/tickets/" + "x".repeat(10_000)),
                RawHttp.send(port, "GET", "/api/v1/tickets/" + "x".repeat(100_000)),
                RawHttp.send(port, "GET", "/api/v1/queue?x=" + "y".repeat(100_000)),
                RawHttp.send(port, "GET", "/api/v1/queue", "X-Long: " + "z".repeat(100_000)));

        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isIn(200, 404, 414, 431, 400);
            assertThat(reply.status() == 200 || reply.isProblem()).as(reply.toString()).isTrue();
            assertThat(reply.body()).as(reply.toString()).doesNotContain("<html", "Tomcat");
        });
    }

    @Test
    void anAnswerTheClientCannotTakeIsRefusedBeforeAnythingIsDone() {
        long before = tickets();
        Api xml = api.accepting("application/xml");

        assertProblem(xml.post("/api/v1/tickets", TICKET), 406, "problem.request.not-acceptable");
        assertThat(tickets()).isEqualTo(before);
        assertProblem(xml.send("DELETE", "/api/v1/counters/1/officer", null, null), 406,
                "problem.request.not-acceptable");
        assertThat(seated(1)).isTrue();
        assertProblem(api.accepting("text/html").post("/api/v1/tickets", TICKET), 406, "problem.request.not-acceptable");
        // Only errors are problem+json: a client that takes nothing else could not read its ticket.
        assertProblem(api.accepting("application/problem+json").post("/api/v1/tickets", TICKET), 406,
                "problem.request.not-acceptable");
        assertProblem(api.accepting("application/json;q=0").post("/api/v1/tickets", TICKET), 406,
                "problem.request.not-acceptable");
        assertProblem(api.accepting("text/html;q=1, application/xml;q=0.5").post("/api/v1/tickets", TICKET), 406,
                "problem.request.not-acceptable");
        assertThat(tickets()).isEqualTo(before);
    }

    @Test
    void anyAcceptThatTakesJsonOrProblemsIsServed() {
        for (String accept : List.of("application/json", "*/*", "application/*", "application/json, application/xml",
                "text/html, */*;q=0.1", "application/json;q=0.9")) {
            assertThat(api.accepting(accept).post("/api/v1/tickets", TICKET).status()).as(accept).isEqualTo(201);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1", "0x1", "%201", "1%20", "1.5", "1e0", "01", "-0", "1_0", "%EF%BC%91", "4294967297"})
    void onlyPlainDigitsNameACounter(String counter) {
        Reply reply = new Api(port).as(Api.person("CB01", DemoAccess.PASSWORD))
                .send("DELETE", "/api/v1/counters/" + counter + "/officer", null, null);

        assertProblem(reply, 400, "problem.request.wrong-type");
        assertThat(reply.json().get("field").asString()).isEqualTo("counter");
        assertThat(seated(1)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1.0", "\"1\"", "1e0", "true", "[1]"})
    void onlyAnIntegerNamesAnOfficer(String officerId) {
        api.send("DELETE", "/api/v1/counters/1/officer", null, null);

        Reply reply = api.put("/api/v1/counters/1/officer", "{\"officerId\":" + officerId + "}");

        assertProblem(reply, 400, "problem.request.wrong-type");
        assertThat(reply.json().get("field").asString()).isEqualTo("officerId");
        assertThat(seated(1)).isFalse();
    }

    private long tickets() {
        return jdbc.sql("select count(*) from ticket").query(Long.class).single();
    }

    private boolean seated(int counter) {
        return jdbc.sql("select current_officer_id from counter where number = ?").param(counter)
                .query(Long.class).optional().isPresent();
    }

    static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.json().get("code").asString()).as(reply.toString()).isEqualTo(code);
    }
}
