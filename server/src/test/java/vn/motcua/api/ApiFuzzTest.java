package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.api.Api.Reply;
import vn.motcua.security.DemoAccess;

/**
 * Generated odd requests to every operation of the published document, from a fixed seed: never a 5xx, never a page,
 * every answer as the document says, and nothing done behind a refusal (the tickets and seats stay as they were).
 */
class ApiFuzzTest extends RunningApiTest {

    private static final long SEED = 20261123L;
    private static final int ROUNDS = 400;
    private static final List<String> CONTENT_TYPES = List.of("application/json", "*/*", "application/*", "text/*",
            "text/plain", "application/xml", "application/json; charset=bogus", ";;;", "", "application/json; charset=utf-16",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final List<String> ACCEPTS = List.of("application/json", "*/*", "application/xml", "text/html",
            "application/problem+json", "garbage/", ";;", "application/json;q=0", "image/*");
    private static final List<String> BODIES = List.of("", "{", "null", "[]", "{}", "\"x\"", "{\"serviceCode\":12}",
            "{\"serviceCode\":\"HT-KS\",\"priority\":\"nope\"}", "{\"officerId\":1.5}", "{\"officerId\":\"1\"}",
            "{\"ticketNumber\":\"" + "9".repeat(5_000) + "\"}", "{\"counter\":\"2\"}", "{\"comment\":true}",
            "\u0000\u0001", "{\"a\":" + "[".repeat(3_000), "{\"ticket\":\"nosuchcode42\",\"purpose\":\"LUNCH\"}",
            "{\"ticket\":\"nosuchcode42\",\"purpose\":\"COLLECTION\"}", "{\"toOfficer\":\"CB07\",\"step\":\"LUNCH\"}",
            "{\"result\":\"MAYBE\"}", "{\"items\":[null]}", "{\"justified\":\"yes\"}", "{\"ticketCode\":[]}",
            "{\"procedureCode\":\"1.001193\",\"applicantName\":\"A\",\"channel\":\"IN_PERSON\",\"documents\":[\"x\"]}",
            "{\"procedureCode\":\"1.001193\",\"applicantName\":\"A\",\"applicantPhone\":\"0913579246\","
                    + "\"channel\":\"IN_PERSON\",\"documents\":[99]}",
            "{\"latenessId\":\"x\",\"reason\":\"LAZY\"}", "{\"latenessId\":1,\"reason\":\"OTHER\",\"text\":\"\"}",
            "{\"documentsDigitised\":\"x\",\"synced\":1}", "{\"documentsDigitised\":true,\"resultDigitised\":true,\"synced\":false}",
            "{\"ruling\":\"MAYBE\"}", "{\"ruling\":\"RETURNED\"}", "{\"from\":\"2026-13-01\",\"to\":\"x\"}",
            "{\"reason\":\"Chờ\",\"extraWorkingDays\":\"ba\"}", "{\"reason\":[],\"extraWorkingDays\":99}",
            "{\"approved\":\"yes\",\"reasonValid\":null}", "{\"approved\":true}",
            ApiContractTest.violation("nosuchcode42", "CB01", "RETURNED_BY_FAULT"),
            ApiContractTest.violation("nosuchcode42", "CB01", "NOPE"), "{\"kind\":\"LATE_OWN_FAULT\",\"evidence\":\"\"}",
            "{\"category\":\"BRIBE\",\"text\":\"Chờ quá lâu\"}", "{\"category\":\"DELAY\",\"text\":12}",
            "{\"category\":\"DELAY\",\"text\":\"Chờ quá lâu\",\"ticketCode\":\"nosuchcode42\"}",
            "{\"category\":\"OTHER\",\"text\":\"" + "x".repeat(2_001) + "\"}", "{\"text\":[\"Dạ\"]}",
            "{\"question\":\"Gọi 0912 345 678\",\"answer\":null}",
            "{\"unitCode\":\"KT\",\"note\":\"" + "x".repeat(501) + "\"}", "{\"unitCode\":[\"KT\"]}",
            "{\"phone\":\"0123\",\"consent\":true}", "{\"phone\":\"0912345678\",\"consent\":\"yes\"}",
            "{\"phone\":[],\"consent\":null}", "{\"phone\":\"0912345678\"}",
            "{\"note\":\"\"}", "{\"note\":12}", "{\"text\":\"abc\"}", "{\"text\":null}",
            "{\"month\":\"2026-13\",\"grade\":\"GOOD\",\"reason\":\"x\"}", "{\"month\":\"2026-11\",\"grade\":\"BEST\"}",
            "{\"month\":202611,\"grade\":[],\"reason\":12}", "{\"month\":\"9999-11\",\"grade\":\"GOOD\",\"reason\":\"x\"}");
    private static final List<String> SEGMENTS = List.of("1", "+1", "0x1", "1.5", "%201", "01", "-1", "9999999999",
            "%C3%A1", "x".repeat(3_000), "%E0%A4", "nosuchcode42", "a%3Bb", "%5C");
    private static final List<String> QUERIES = List.of("", "?day=%E0%A4%A", "?x=%zz", "?officer=CB01&day=2026-11-23",
            "?officer=CB01&month=2026-13", "?day=" + "9".repeat(5_000), "?officer=%00", "?field=TPHT",
            "?field=%C3%A1", "?field=" + "x".repeat(3_000),
            "?status=nope&size=0", "?state=NOPE", "?state=MISSING", "?dueBefore=2026-11-23&page=-1",
            "?unit=%00&size=99999999999", "?state=REJECTED",
            "?from=2026-12-02&to=2026-12-01", "?kind=NOPE&officer=CB01", "?officer=" + "x".repeat(3_000),
            "?from=2026-13-01",
            "?weeks=0", "?weeks=53", "?weeks=x", "?weeks=99999999999", "?day=2026-02-30", "?open=maybe",
            "?from=2026-12-01&to=2026-12-31", "?open=false", "?month=2026-13", "?month=99999-01",
            "?month=2026-11&indicator=NOPE", "?month=2026-11&indicator=ON_TIME", "?from=2026-01-01&to=2028-01-01",
            "?month=2026-11&from=2026-11-01", "?month=2026-11&unit=NOPE", "?month=2026-11&unit=abc", "?month=2026-11&unit=99999999999999999999",
            "?quarter=2026-Q4", "?quarter=2026-Q5", "?quarter=1999-Q1", "?quarter=2026-Q4&month=2026-11", "?quarter=%00",
            "?day=2026-11-20&month=2026-11", "?month=1999-12", "?day=2099-01-01");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

    @Test
    void oddRequestsGetDocumentedProblemsAndChangeNothing() {
        PublishedDocument document = new PublishedDocument(new Api(port));
        List<String> operations = document.operations();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        String before = state();

        for (int round = 0; round < ROUNDS; round++) {
            String operation = operations.get(round % operations.size());
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            String path = template.replace("{counter}", pick(random, SEGMENTS))
                    .replace("{trackingCode}", pick(random, SEGMENTS)).replace("{code}", pick(random, SEGMENTS))
                    .replace("{number}", pick(random, SEGMENTS))
                    .replace("{id}", pick(random, SEGMENTS)).replace("{officerCode}", pick(random, SEGMENTS))
                    + pick(random, QUERIES);
            boolean wrongMethod = random.nextInt(8) == 0;
            String sent = wrongMethod ? pick(random, METHODS) : method;
            String contentType = pick(random, CONTENT_TYPES);
            Api caller = new Api(port).accepting(pick(random, ACCEPTS)).as(random.nextInt(5) == 0
                    ? Api.person("nobody", "wrong") : (m, p) -> header(ApiContractTest.rightCaller(m, p)));
            Reply reply;
            try {
                reply = caller.send(sent, path, pick(random, BODIES), contentType.isEmpty() ? null : contentType);
            } catch (IllegalArgumentException unsendable) {
                // Java's client will not send this address; the socket will.
                reply = RawHttp.send(port, sent, path, ApiContractTest.rightCaller(sent, template));
            }
            if (reply.status() >= 500 || reply.status() < 0 || (reply.status() >= 400 && !reply.isProblem())) {
                failures.add("not a problem: " + reply);
            } else if (sent.equals(method) && reply.status() != 404 && reply.status() != 405) {
                // Under its own method and a matched path the answer is the operation's, and must be documented.
                document.check(operation, reply);
            }
            if (reply.status() >= 300 && !state().equals(before)) {
                failures.add("changed behind a refusal: " + reply);
                before = state();
            }
            if (reply.status() < 300) {
                before = state();
            }
        }
        failures.addAll(document.broken());
        assertThat(failures).isEmpty();
    }

    private static java.util.Map<String, String> header(String line) {
        int colon = line.indexOf(':');
        return java.util.Map.of(line.substring(0, colon), line.substring(colon + 1).strip());
    }

    /** Tickets, their statuses, who sits where, dossiers: what an operation that did something would have changed. */
    private String state() {
        return jdbc.sql("select count(*) || ':' || coalesce(listagg(status || number, ',') within group (order by id), '')"
                + " from ticket").query(String.class).single()
                + jdbc.sql("select listagg(number || '=' || coalesce(current_officer_id, 0), ',') within group (order by number)"
                + " from counter").query(String.class).single()
                + jdbc.sql("select count(*) || '/' || (select count(*) from dossier_event) || '/'"
                + " || (select count(*) from ticket_contact) from dossier")
                .query(String.class).single()
                + jdbc.sql("select count(*) || '/' || count(answered_at) || '/' || count(published_at)"
                + " || '/' || count(unit_id) from feedback")
                .query(String.class).single();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
