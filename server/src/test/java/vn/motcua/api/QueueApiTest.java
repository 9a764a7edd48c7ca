package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.api.Api.Reply;

class QueueApiTest extends RunningApiTest {

    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmptyQueueListsEveryServiceAndCounterWithNothingWaiting() {
        Reply reply = api.get("/api/v1/queue");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode queue = reply.json();
        assertThat(queue.get("day").asString()).isEqualTo("2026-11-23");
        assertThat(queue.get("at").asString()).isEqualTo("2026-11-23T00:30:00Z");
        assertThat(queue.get("atLocal").asString()).isEqualTo("2026-11-23T07:30:00");
        assertThat(codes(queue.get("services"))).containsExactly("HT-KS", "TP-CT", "DD-GCN", "XD-GP", "KD-HKD",
                "LD-TCXH", "CA-CT");
        assertThat(queue.get("services").values()).allSatisfy(service -> {
            assertThat(service.get("waiting").asLong()).isZero();
            assertThat(service.get("longestWaitMinutes").asLong()).isZero();
        });
        assertThat(queue.get("counters").values()).hasSize(6)
                .allSatisfy(counter -> assertThat(counter.get("currentTicket").isNull()).isTrue());
        assertThat(queue.get("lastCalls").values()).isEmpty();
    }

    @Test
    void theSnapshotShowsWaitingLongestWaitAndEstimatePerService() {
        take("HT-KS");
        clock.advance(Duration.ofMinutes(4));
        take("HT-KS");
        take("HT-KS");
        clock.advance(Duration.ofMinutes(8));

        JsonNode service = service(api.get("/api/v1/queue").json(), "HT-KS");

        assertThat(service.get("letter").asString()).isEqualTo("A");
        assertThat(service.get("name").asString()).isEqualTo("Đăng ký khai sinh, kết hôn, khai tử");
        assertThat(service.get("waiting").asLong()).isEqualTo(3);
        assertThat(service.get("longestWaitMinutes").asLong()).isEqualTo(12);
        // A new ticket has three ahead, five minutes each, shared by counters 1 and 2: 7.5 -> 8 minutes.
        assertThat(service.get("estimatedWaitMinutes").asLong()).isEqualTo(8);
    }

    @Test
    void theSnapshotShowsEachCountersOfficerCurrentTicketAndCallsToday() {
        take("HT-KS");
        take("HT-KS");
        api.post("/api/v1/counters/1/call-next");
        api.post("/api/v1/counters/1/start");
        api.post("/api/v1/counters/1/call-next");
        api.post("/api/v1/counters/1/start");
        jdbc.sql("update counter set current_officer_id = null where number = 5").update();

        JsonNode queue = api.get("/api/v1/queue").json();

        JsonNode counter1 = queue.get("counters").get(0);
        assertThat(counter1.get("number").asInt()).isEqualTo(1);
        assertThat(counter1.get("name").asString()).isEqualTo("Quầy 1 – Tư pháp – Hộ tịch");
        assertThat(counter1.get("officer").get("fullName").asString()).isEqualTo("Nguyễn Thị Hương");
        assertThat(counter1.get("currentTicket").asString()).isEqualTo("A002");
        assertThat(counter1.get("currentStatus").asString()).isEqualTo("SERVING");
        assertThat(counter1.get("callsToday").asLong()).isEqualTo(2);
        assertThat(queue.get("counters").get(1).get("callsToday").asLong()).isZero();
        assertThat(queue.get("counters").get(4).get("officer").isNull()).isTrue();
        assertThat(service(queue, "HT-KS").get("waiting").asLong()).isZero();
    }

    @Test
    void theLastCallsAreNewestFirstWithTheCounterAndLocalTime() {
        take("HT-KS");
        take("CA-CT");
        api.post("/api/v1/counters/1/call-next");
        clock.advance(Duration.ofMinutes(3));
        api.post("/api/v1/counters/6/call-next");

        JsonNode calls = api.get("/api/v1/queue").json().get("lastCalls");

        assertThat(calls.values()).hasSize(2);
        assertThat(calls.get(0).get("number").asString()).isEqualTo("G001");
        assertThat(calls.get(0).get("counter").asInt()).isEqualTo(6);
        assertThat(calls.get(0).get("calledAt").asString()).isEqualTo("2026-11-23T00:33:00Z");
        assertThat(calls.get(0).get("calledAtLocal").asString()).isEqualTo("2026-11-23T07:33:00");
        assertThat(calls.get(1).get("number").asString()).isEqualTo("A001");
        assertThat(calls.get(1).get("counter").asInt()).isEqualTo(1);
    }

    private void take(String service) {
        assertThat(api.post("/api/v1/tickets", "{\"serviceCode\":\"" + service + "\"}").status()).isEqualTo(201);
    }

    private static JsonNode service(JsonNode queue, String code) {
        return queue.get("services").values().stream().filter(s -> s.get("code").asString().equals(code))
                .findFirst().orElseThrow();
    }

    private static List<String> codes(JsonNode services) {
        return services.values().stream().map(s -> s.get("code").asString()).toList();
    }
}
