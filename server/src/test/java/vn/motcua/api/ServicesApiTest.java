package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.api.Api.Reply;

class ServicesApiTest extends RunningApiTest {

    @Test
    void listsTheServicesInTheKiosksOrder() {
        Reply reply = api.get("/api/v1/services");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode services = reply.json();
        assertThat(services.values().stream().map(s -> s.get("letter").asString()).toList())
                .containsExactly("A", "B", "C", "D", "E", "F", "G");
        JsonNode first = services.get(0);
        assertThat(first.get("code").asString()).isEqualTo("HT-KS");
        assertThat(first.get("name").asString()).isEqualTo("Đăng ký khai sinh, kết hôn, khai tử");
        assertThat(first.get("field").asString()).isEqualTo("Tư pháp – Hộ tịch");
        assertThat(first.get("waiting").asLong()).isZero();
        assertThat(first.get("estimatedWaitMinutes").asLong()).isZero();
    }

    @Test
    void countsWhoWaitsAndEstimatesTheWaitOfANewTicket() {
        for (int i = 0; i < 4; i++) {
            api.post("/api/v1/tickets", "{\"serviceCode\":\"CA-CT\"}");
        }

        JsonNode police = api.get("/api/v1/services").json().get(6);

        assertThat(police.get("code").asString()).isEqualTo("CA-CT");
        assertThat(police.get("waiting").asLong()).isEqualTo(4);
        // Four ahead, five minutes each before any history, one open counter (6).
        assertThat(police.get("estimatedWaitMinutes").asLong()).isEqualTo(20);
    }
}
