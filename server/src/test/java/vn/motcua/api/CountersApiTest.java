package vn.motcua.api;

import vn.motcua.security.DemoAccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.api.Api.Reply;

class CountersApiTest extends RunningApiTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void callNextCallsTheOldestTicketOfTheCounter() {
        take("HT-KS");
        clock.advance(Duration.ofMinutes(2));
        take("HT-KS");

        Reply reply = api.post("/api/v1/counters/1/call-next");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode ticket = reply.json();
        assertThat(ticket.get("number").asString()).isEqualTo("A001");
        assertThat(ticket.get("status").asString()).isEqualTo("CALLED");
        assertThat(ticket.get("counter").asInt()).isEqualTo(1);
        assertThat(ticket.get("officer").get("code").asString()).isEqualTo("CB01");
        assertThat(ticket.get("officer").get("fullName").asString()).isEqualTo("Nguyễn Thị Hương");
        assertThat(ticket.get("calledAtLocal").asString()).isEqualTo("2026-11-23T07:32:00");
    }

    @Test
    void callNextOnAnEmptyQueueIs204WithoutBody() {
        Reply reply = api.post("/api/v1/counters/1/call-next");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void callNextIgnoresTicketsOfServicesTheCounterDoesNotServe() {
        take("CA-CT");

        assertThat(api.post("/api/v1/counters/1/call-next").status()).isEqualTo(204);
        assertThat(api.post("/api/v1/counters/6/call-next").status()).isEqualTo(200);
    }

    @Test
    void callNextFinishesTheTicketTheCounterWasServing() {
        String first = take("HT-KS");
        take("HT-KS");
        api.post("/api/v1/counters/1/call-next");
        api.post("/api/v1/counters/1/start");

        assertThat(api.post("/api/v1/counters/1/call-next").json().get("number").asString()).isEqualTo("A002");
        assertThat(status(first)).isEqualTo("DONE");
    }

    @Test
    void callNextWhileTheVisitorIsOnlyCalledIsRefusedInWords() {
        take("HT-KS");
        take("HT-KS");
        api.post("/api/v1/counters/1/call-next");

        assertProblem(api.post("/api/v1/counters/1/call-next"), 409, "problem.ticket.called-not-served");
        assertProblem(api.post("/api/v1/counters/1/call", "{\"ticketNumber\":\"A002\"}"), 409,
                "problem.ticket.called-not-served");
    }

    @Test
    void anOfficerCallsAChosenNumberOutOfOrder() {
        take("HT-KS");
        take("HT-KS");

        Reply reply = api.post("/api/v1/counters/1/call", "{\"ticketNumber\":\"A002\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("number").asString()).isEqualTo("A002");
        assertThat(reply.json().get("status").asString()).isEqualTo("CALLED");
    }

    @Test
    void callingANumberNobodyWaitsWithIs409() {
        Reply reply = api.post("/api/v1/counters/1/call", "{\"ticketNumber\":\"A099\"}");

        assertProblem(reply, 409, "problem.ticket.not-waiting");
    }

    @Test
    void recallCountsAndStartServes() {
        take("HT-KS");
        api.post("/api/v1/counters/1/call-next");

        Reply recalled = api.post("/api/v1/counters/1/recall");
        assertThat(recalled.status()).as(recalled.toString()).isEqualTo(200);
        assertThat(recalled.json().get("recalls").asInt()).isEqualTo(1);
        assertThat(recalled.json().get("status").asString()).isEqualTo("CALLED");

        clock.advance(Duration.ofMinutes(1));
        Reply started = api.post("/api/v1/counters/1/start");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().get("status").asString()).isEqualTo("SERVING");
        assertThat(started.json().get("servedAt").asString()).isEqualTo("2026-11-23T00:31:00Z");
    }

    @Test
    void finishEndsTheVisit() {
        take("HT-KS");
        api.post("/api/v1/counters/1/call-next");
        api.post("/api/v1/counters/1/start");
        clock.advance(Duration.ofMinutes(7));

        Reply reply = api.post("/api/v1/counters/1/finish");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("DONE");
        assertThat(reply.json().get("finishedAt").asString()).isEqualTo("2026-11-23T00:37:00Z");
    }

    @Test
    void finishingWhenNothingIsServedIs409WithAReadableSentence() {
        Reply reply = api.post("/api/v1/counters/1/finish");

        assertProblem(reply, 409, "problem.counter.idle");
        assertThat(reply.json().get("detail").asString()).isEqualTo("Quầy hiện không phục vụ phiếu nào. Mời gọi số trước.");
    }

    @Test
    void startingATicketAlreadyServedIsAnIllegalTransition409() {
        take("HT-KS");
        api.post("/api/v1/counters/1/call-next");
        api.post("/api/v1/counters/1/start");

        Reply reply = api.post("/api/v1/counters/1/start");

        assertProblem(reply, 409, "problem.ticket.illegal");
        assertThat(reply.json().get("detail").asString()).startsWith("Phiếu đang ở trạng thái không cho phép");
    }

    @Test
    void noShowNeedsTheRecallsFirst() {
        String code = take("HT-KS");
        api.post("/api/v1/counters/1/call-next");

        assertProblem(api.post("/api/v1/counters/1/no-show"), 409, "problem.ticket.recall-first");

        api.post("/api/v1/counters/1/recall");
        api.post("/api/v1/counters/1/recall");
        Reply reply = api.post("/api/v1/counters/1/no-show");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("NO_SHOW");
        assertThat(status(code)).isEqualTo("NO_SHOW");
    }

    @Test
    void holdPutsTheTicketAsideAndResumeTakesItBack() {
        take("HT-KS");
        api.post("/api/v1/counters/1/call-next");
        api.post("/api/v1/counters/1/start");

        Reply held = api.post("/api/v1/counters/1/hold", "{\"comment\":\"Người dân đi photo CCCD\"}");
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(held.json().get("status").asString()).isEqualTo("HELD");
        assertThat(held.json().get("holdComment").asString()).isEqualTo("Người dân đi photo CCCD");

        Reply resumed = api.post("/api/v1/counters/1/resume");
        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        assertThat(resumed.json().get("number").asString()).isEqualTo("A001");
        assertThat(resumed.json().get("status").asString()).isEqualTo("SERVING");
    }

    @Test
    void resumeTakesTheNamedHeldTicket() {
        take("HT-KS");
        take("HT-KS");
        api.post("/api/v1/counters/1/call-next");
        api.post("/api/v1/counters/1/hold", "{\"comment\":\"thiếu giấy tờ\"}");
        api.post("/api/v1/counters/1/call-next");
        api.post("/api/v1/counters/1/hold", "{\"comment\":\"đi nộp lệ phí\"}");

        Reply reply = api.post("/api/v1/counters/1/resume", "{\"ticketNumber\":\"A001\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("number").asString()).isEqualTo("A001");
    }

    @Test
    void aHoldWithoutReasonIs400AndResumeWithoutHeldTicketIs409() {
        take("HT-KS");
        api.post("/api/v1/counters/1/call-next");

        assertProblem(api.post("/api/v1/counters/1/hold", "{\"comment\":\"  \"}"), 400, "problem.ticket.hold-comment");
        assertProblem(api.post("/api/v1/counters/1/resume"), 409, "problem.counter.busy");
        api.post("/api/v1/counters/1/finish");
        assertProblem(api.post("/api/v1/counters/1/resume"), 409, "problem.ticket.not-held");
    }

    @Test
    void transferSendsTheVisitorToTheFrontOfAnotherQueue() {
        take("HT-KS");
        take("CA-CT");
        api.post("/api/v1/counters/1/call-next");

        Reply reply = api.post("/api/v1/counters/1/transfer",
                "{\"serviceCode\":\"CA-CT\",\"reason\":\"Cần xác nhận cư trú trước\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("number").asString()).isEqualTo("A001");
        assertThat(reply.json().get("status").asString()).isEqualTo("WAITING");
        assertThat(reply.json().get("serviceCode").asString()).isEqualTo("CA-CT");
        assertThat(api.post("/api/v1/counters/6/call-next").json().get("number").asString()).isEqualTo("A001");
    }

    @Test
    void transferToOneCounterOnly() {
        take("HT-KS");
        api.post("/api/v1/counters/1/call-next");

        Reply reply = api.post("/api/v1/counters/1/transfer", "{\"counter\":2}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("targetCounter").asInt()).isEqualTo(2);
        assertThat(api.post("/api/v1/counters/1/call-next").status()).isEqualTo(204);
        assertThat(api.post("/api/v1/counters/2/call-next").json().get("number").asString()).isEqualTo("A001");
    }

    @Test
    void aTransferWithoutTargetIs400() {
        take("HT-KS");
        api.post("/api/v1/counters/1/call-next");

        assertProblem(api.post("/api/v1/counters/1/transfer", "{\"reason\":\"?\"}"), 400, "problem.transfer.target");
        assertProblem(api.post("/api/v1/counters/1/transfer", "{\"serviceCode\":\"NO-SUCH\"}"), 404,
                "problem.service.unknown");
        assertProblem(api.post("/api/v1/counters/1/transfer", "{\"counter\":9999}"), 404, "problem.counter.unknown");
    }

    @Test
    void aWalkInIsServedAtOnceWithANumberOnRecord() {
        Reply reply = api.post("/api/v1/counters/2/walk-in", "{\"serviceCode\":\"TP-CT\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode ticket = reply.json();
        assertThat(ticket.get("number").asString()).isEqualTo("B001");
        assertThat(ticket.get("status").asString()).isEqualTo("SERVING");
        assertThat(ticket.get("origin").asString()).isEqualTo("WALK_IN");
        assertThat(ticket.get("officer").get("code").asString()).isEqualTo("CB07");
        assertThat(reply.location()).isEqualTo("/api/v1/tickets/" + ticket.get("trackingCode").asString());
        assertProblem(api.post("/api/v1/counters/2/walk-in", "{\"serviceCode\":\"TP-CT\"}"), 409, "problem.counter.busy");
    }

    @Test
    void aSecondServiceKeepsTheVisitorsNumber() {
        take("HT-KS");
        api.post("/api/v1/counters/1/call-next");
        api.post("/api/v1/counters/1/start");

        Reply reply = api.post("/api/v1/counters/1/second-service", "{\"serviceCode\":\"TP-CT\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("number").asString()).isEqualTo("A001");
        assertThat(reply.json().get("serviceCode").asString()).isEqualTo("TP-CT");
        assertThat(reply.json().get("origin").asString()).isEqualTo("SECOND_SERVICE");
        assertThat(reply.json().get("status").asString()).isEqualTo("SERVING");
    }

    @Test
    void seatingAnOfficerAttributesTheNextCallsToThem() {
        long officer = data.officerId("CB03");

        Reply reply = api.as(Api.person("CB03", DemoAccess.PASSWORD))
                .put("/api/v1/counters/3/officer", "{\"officerId\":" + officer + "}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("number").asInt()).isEqualTo(3);
        assertThat(reply.json().get("officer").get("id").asLong()).isEqualTo(officer);
        assertThat(reply.json().get("officer").get("fullName").asString()).isEqualTo("Lê Minh Tuấn");
        take("DD-GCN");
        assertThat(api.post("/api/v1/counters/3/call-next").json().get("officer").get("code").asString())
                .isEqualTo("CB03");
    }

    @Test
    void anOfficerOpensACounterOnlyForThemselves() {
        Api cb03 = api.as(Api.person("CB03", DemoAccess.PASSWORD));
        assertProblem(cb03.put("/api/v1/counters/3/officer", "{\"officerId\":" + data.officerId("CB04") + "}"), 403,
                "problem.counter.not-seated");
        assertProblem(cb03.put("/api/v1/counters/3/officer", "{\"officerId\":-5}"), 403, "problem.counter.not-seated");
        assertProblem(cb03.put("/api/v1/counters/3/officer", "{}"), 400, "problem.request.invalid");
    }

    @Test
    void aCounterWithoutOfficerCannotCall() {
        take("CA-CT");
        jdbc.sql("update counter set current_officer_id = null where number = 6").update();

        Reply reply = api.as(Api.person("CB06", DemoAccess.PASSWORD)).post("/api/v1/counters/6/call-next");

        // Nobody is seated, so not even the counter's usual officer may call there before opening it.
        assertProblem(reply, 403, "problem.counter.not-seated");
    }

    @Test
    void anUnknownCounterIs404() {
        Reply reply = api.as(Api.person("CB01", DemoAccess.PASSWORD)).post("/api/v1/counters/9999/call-next");

        assertProblem(reply, 404, "problem.counter.unknown");
        assertThat(reply.json().get("detail").asString()).isEqualTo("Không có quầy này tại trung tâm.");
    }

    private String take(String service) {
        Reply reply = api.post("/api/v1/tickets", "{\"serviceCode\":\"" + service + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("trackingCode").asString();
    }

    private String status(String trackingCode) {
        return api.get("/api/v1/tickets/" + trackingCode).json().get("status").asString();
    }

    static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.json().get("code").asString()).isEqualTo(code);
        assertThat(reply.json().get("detail").asString()).isNotBlank().doesNotStartWith("!");
    }
}
