package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.api.Api.Reply;

class TicketsApiTest extends RunningApiTest {

    @Autowired
    MutableClock clock;

    @Test
    void takingATicketAnswers201WithNumberPeopleAheadWaitAndTrackingCode() {
        api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\",\"priority\":\"NONE\"}");
        Reply reply = api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\",\"priority\":\"NONE\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode ticket = reply.json();
        assertThat(ticket.get("id").asLong()).isPositive();
        assertThat(ticket.get("number").asString()).isEqualTo("A002");
        assertThat(ticket.get("serviceCode").asString()).isEqualTo("HT-KS");
        assertThat(ticket.get("status").asString()).isEqualTo("WAITING");
        assertThat(ticket.get("peopleAhead").asLong()).isEqualTo(1);
        // One ahead, five minutes a visit before any history, shared by the two open counters 1 and 2: 2.5 -> 3.
        assertThat(ticket.get("estimatedWaitMinutes").asLong()).isEqualTo(3);
        String code = ticket.get("trackingCode").asString();
        assertThat(code).hasSize(12);
        assertThat(ticket.get("trackingPath").asString()).isEqualTo("/t/" + code);
        assertThat(reply.location()).isEqualTo("/api/v1/tickets/" + code);
        assertThat(Instant.parse(ticket.get("issuedAt").asString())).isEqualTo(Instant.parse("2026-11-23T00:30:00Z"));
        assertThat(ticket.get("issuedAtLocal").asString()).isEqualTo("2026-11-23T07:30:00");
    }

    @Test
    void aPriorityVisitorHasNobodyOrdinaryAhead() {
        api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");
        Reply priority = api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\",\"priority\":\"ELDERLY\"}");

        assertThat(priority.status()).as(priority.toString()).isEqualTo(201);
        assertThat(priority.json().get("priority").asString()).isEqualTo("ELDERLY");
        assertThat(priority.json().get("peopleAhead").asLong()).isZero();
    }

    @Test
    void theTicketWithoutPriorityIsOrdinary() {
        Reply reply = api.post("/api/v1/tickets", "{\"serviceCode\":\"TP-CT\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("number").asString()).isEqualTo("B001");
        assertThat(reply.json().get("priority").asString()).isEqualTo("NONE");
    }

    @Test
    void thePhonePageFollowsTheTicketUntilItIsCalled() {
        api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");
        String code = api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}").json().get("trackingCode").asString();

        Reply waiting = api.get("/api/v1/tickets/" + code);
        assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);
        assertThat(waiting.json().get("number").asString()).isEqualTo("A002");
        assertThat(waiting.json().get("status").asString()).isEqualTo("WAITING");
        assertThat(waiting.json().get("peopleAhead").asLong()).isEqualTo(1);
        assertThat(waiting.json().get("estimatedWaitMinutes").asLong()).isEqualTo(3);
        assertThat(waiting.json().get("counter").isNull()).isTrue();

        api.post("/api/v1/counters/1/call-next");
        api.post("/api/v1/counters/2/call-next");
        Reply called = api.get("/api/v1/tickets/" + code);
        assertThat(called.json().get("status").asString()).isEqualTo("CALLED");
        assertThat(called.json().get("peopleAhead").asLong()).isZero();
        assertThat(called.json().get("counter").asInt()).isEqualTo(2);
        assertThat(called.json().get("counterName").asString()).isEqualTo("Quầy 2 – Chứng thực");
        assertThat(called.json().get("calledAtLocal").asString()).isEqualTo("2026-11-23T07:30:00");
    }

    @Test
    void anAbsentVisitorWhoReturnsGoesToTheFront() {
        String absent = api.post("/api/v1/tickets", "{\"serviceCode\":\"CA-CT\"}").json().get("trackingCode").asString();
        api.post("/api/v1/tickets", "{\"serviceCode\":\"CA-CT\"}");
        api.post("/api/v1/counters/6/call-next");
        api.post("/api/v1/counters/6/recall");
        api.post("/api/v1/counters/6/recall");
        assertThat(api.post("/api/v1/counters/6/no-show").status()).isEqualTo(200);

        Reply returned = api.post("/api/v1/tickets/" + absent + "/return");

        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.json().get("number").asString()).isEqualTo("G001");
        assertThat(returned.json().get("status").asString()).isEqualTo("WAITING");
        assertThat(returned.json().get("peopleAhead").asLong()).isZero();
        assertThat(api.post("/api/v1/counters/6/call-next").json().get("number").asString()).isEqualTo("G001");
    }

    @Test
    void aVisitorWhoWasNeverAbsentCannotReturn() {
        String code = api.post("/api/v1/tickets", "{\"serviceCode\":\"CA-CT\"}").json().get("trackingCode").asString();

        Reply reply = api.post("/api/v1/tickets/" + code + "/return");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("problem.ticket.illegal");
    }

    @Test
    void anUnknownServiceIs404WithAVietnameseSentence() {
        Reply reply = api.post("/api/v1/tickets", "{\"serviceCode\":\"NO-SUCH\",\"priority\":\"NONE\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("code").asString()).isEqualTo("problem.service.unknown");
        assertThat(problem.get("detail").asString())
                .isEqualTo("Không tìm thấy dịch vụ này. Mời chọn một dịch vụ trong danh sách của trung tâm.");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/tickets");
        assertThat(data.count("ticket")).isZero();
    }

    @Test
    void aClientAcceptingOnlyJsonStillGetsAProblemContentType() {
        Reply reply = api.accepting("application/json").post("/api/v1/tickets", "{\"serviceCode\":\"NO-SUCH\"}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theProblemIsInEnglishWhenTheClientAsksForIt() {
        Reply reply = api.inLanguage("en-US,en;q=0.9").post("/api/v1/tickets", "{\"serviceCode\":\"NO-SUCH\"}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("detail").asString())
                .isEqualTo("There is no such service. Please choose one from the center's list.");
    }

    @Test
    void anyOtherLanguageGetsVietnamese() {
        Reply reply = api.inLanguage("fr-FR,de;q=0.5").post("/api/v1/tickets", "{\"serviceCode\":\"NO-SUCH\"}");

        assertThat(reply.json().get("detail").asString()).startsWith("Không tìm thấy dịch vụ");
    }

    @Test
    void malformedJsonIs400() {
        Reply reply = api.post("/api/v1/tickets", "{\"serviceCode\": \"HT-KS\",");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("problem.request.malformed");
        assertThat(reply.json().get("detail").asString()).isEqualTo("Nội dung yêu cầu không phải JSON hợp lệ.");
        assertThat(data.count("ticket")).isZero();
    }

    @Test
    void aMissingServiceCodeIs400NamingTheField() {
        Reply reply = api.post("/api/v1/tickets", "{\"priority\":\"NONE\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("problem.request.invalid");
        assertThat(reply.json().get("detail").asString()).contains("serviceCode");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("serviceCode");
    }

    @Test
    void anUnknownPriorityIs400ListingTheAllowedValues() {
        Reply reply = api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\",\"priority\":\"VIP\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        JsonNode problem = reply.json();
        assertThat(problem.get("code").asString()).isEqualTo("problem.request.value");
        assertThat(problem.get("field").asString()).isEqualTo("priority");
        assertThat(problem.get("allowedValues").values().stream().map(JsonNode::asString).toList())
                .containsExactly("NONE", "ELDERLY", "DISABILITY", "PREGNANT", "WAR_INVALID");
        assertThat(problem.get("detail").asString()).isEqualTo("Giá trị “VIP” của “priority” không hợp lệ. "
                + "Các giá trị được chấp nhận: NONE, ELDERLY, DISABILITY, PREGNANT, WAR_INVALID.");
        assertThat(data.count("ticket")).isZero();
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Reply reply = api.send("POST", "/api/v1/tickets", "serviceCode=HT-KS", "application/x-www-form-urlencoded");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(415);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("problem.request.media-type");
    }

    @Test
    void anUnknownTrackingCodeIs404() {
        Reply reply = api.get("/api/v1/tickets/nosuchcode42");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("problem.ticket.unknown");
    }

    @Test
    void afterClosingTimeNothingIsIssuedAndTheProblemNamesTheNextOpening() {
        clock.set(LocalDateTime.of(2026, 11, 23, 17, 34));

        Reply reply = api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).isEqualTo("problem.center.closed");
        assertThat(reply.json().get("detail").asString()).isEqualTo("Ngoài giờ làm việc: không cấp số thứ tự."
                + " Trung tâm mở cửa lại lúc 07:30, thứ Ba 24/11/2026.");
        assertThat(data.count("ticket")).as("tickets issued").isZero();
        assertThat(data.count("ticket_number")).as("numbers used").isZero();

        Reply english = api.inLanguage("en").post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");
        assertThat(english.json().get("detail").asString()).isEqualTo("Outside office hours: no ticket is issued."
                + " The center opens again at 07:30, Tuesday 24/11/2026.");
    }

    @Test
    void onADayOffTheProblemNamesMonday() {
        clock.set(LocalDateTime.of(2026, 11, 22, 10, 0));

        Reply reply = api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.json().get("detail").asString()).endsWith("07:30, thứ Hai 23/11/2026.");
    }

    @Test
    void beforeOpeningTheTicketIsForTodayCalledFromTheOpeningTime() {
        clock.set(LocalDateTime.of(2026, 11, 24, 7, 0));

        Reply reply = api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("ticketDay").asString()).isEqualTo("2026-11-24");
        assertThat(reply.json().get("callsFromLocal").asString()).isEqualTo("2026-11-24T07:30:00");
    }

    @Test
    void withNextDayTicketsAllowedTheTicketIsForTheNextWorkingDayAndSaysSo() {
        clock.set(LocalDateTime.of(2026, 11, 27, 17, 34)); // a Friday
        data.setting("next_day_tickets", true);

        Reply reply = api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode ticket = reply.json();
        assertThat(ticket.get("number").asString()).isEqualTo("A001");
        assertThat(ticket.get("ticketDay").asString()).isEqualTo("2026-11-30");
        assertThat(ticket.get("callsFromLocal").asString()).isEqualTo("2026-11-30T07:30:00");
        assertThat(ticket.get("issuedAtLocal").asString()).isEqualTo("2026-11-27T17:34:00");
        assertThat(jdbc.sql("select service_day from ticket_number").query(java.time.LocalDate.class).single())
                .as("numbered in Monday's series").isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        assertThat(api.get("/api/v1/tickets/" + ticket.get("trackingCode").asString()).status()).isEqualTo(200);
    }

    @Test
    void theDocumentNamesTheClosedAnswerAndTheTicketsDay() {
        JsonNode docs = api.get("/v3/api-docs").json();

        assertThat(docs.get("paths").get("/api/v1/tickets").get("post").get("responses").propertyNames())
                .contains("201", "409");
        assertThat(docs.get("components").get("schemas").get("IssuedTicketView").get("properties").propertyNames())
                .contains("ticketDay", "callsFromLocal");
    }
}
