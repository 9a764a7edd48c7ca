package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.api.Api.Reply;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.security.DemoAccess;

/** Supplements over HTTP: asked once with the clock stopped, supplied, asked again with a reason, ruled by the head. */
class DossierSupplementsApiTest extends RunningApiTest {

    private static final String MISSING = "{\"items\":[{\"what\":\"Trích lục khai tử của vợ trước\","
            + "\"why\":\"Đã từng kết hôn\"},{\"what\":\"Bản sao CCCD\",\"why\":\"Bản nộp bị mờ\"}]";

    @Autowired
    MutableClock clock;

    private Api cb03;
    private String path;

    @BeforeEach
    void aDossierWithKinhTe() {
        DossierTestData.reset(jdbc);
        Api cb01 = person("CB01");
        api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");
        String ticket = api.post("/api/v1/counters/1/call-next").json().get("trackingCode").asString();
        String code = cb01.post("/api/v1/dossiers", DossierReceptionApiTest.reception("1.004873", ticket, true, "[0]"))
                .json().get("code").asString();
        path = "/api/v1/dossiers/" + code;
        // CB03 of Kinh tế holds it, so CB02, the head of Kinh tế, rules on CB03's later requests.
        assertThat(cb01.post(path + "/hand-off", "{\"toOfficer\":\"CB03\",\"step\":\"APPRAISAL\"}").status())
                .isEqualTo(200);
        cb03 = person("CB03");
    }

    @Test
    void askedOnceTheClockStopsAndRestartsWhenSupplied() {
        Instant dueBefore = Instant.parse(api.get(path).json().get("dueAt").asString());

        Reply empty = cb03.post(path + "/supplement", "{\"items\":[]}");
        Reply asked = cb03.post(path + "/supplement", MISSING + "}");
        Reply twiceOpen = cb03.post(path + "/supplement", MISSING + ",\"reason\":\"Còn thiếu\"}");
        JsonNode stopped = api.get(path).json();
        clock.advance(Duration.ofHours(2));
        Reply supplied = cb03.post(path + "/supplement/received");
        Reply suppliedAgain = cb03.post(path + "/supplement/received");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("code").asString()).isEqualTo("problem.supplement.items-missing");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().get("dossierStatus").asString()).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(asked.json().get("clockStopped").asBoolean()).isTrue();
        JsonNode request = asked.json().get("request");
        assertThat(request.get("number").asInt()).isEqualTo(1);
        assertThat(request.get("awaitingRuling").asBoolean()).isFalse();
        assertThat(request.get("askedByCode").asString()).isEqualTo("CB03");
        assertThat(request.get("items").size()).isEqualTo(2);
        assertThat(request.get("items").get(1).get("what").asString()).isEqualTo("Bản sao CCCD");
        assertThat(request.get("items").get(1).get("why").asString()).isEqualTo("Bản nộp bị mờ");
        assertThat(twiceOpen.status()).isEqualTo(409);
        assertThat(twiceOpen.json().get("code").asString()).isEqualTo("problem.supplement.open");
        assertThat(stopped.get("clockStopped").asBoolean()).isTrue();
        assertThat(stopped.get("status").asString()).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(supplied.status()).as(supplied.toString()).isEqualTo(200);
        assertThat(supplied.json().get("status").asString()).isEqualTo("PROCESSING");
        assertThat(supplied.json().get("clockStopped").asBoolean()).isFalse();
        assertThat(Instant.parse(supplied.json().get("dueAt").asString())).isAfter(dueBefore);
        assertThat(suppliedAgain.status()).isEqualTo(409);
        assertThat(suppliedAgain.json().get("code").asString()).isEqualTo("problem.supplement.none-open");
    }

    @Test
    void aSecondRequestNeedsAReasonAndTheHeadOfUnitsRuling() {
        cb03.post(path + "/supplement", MISSING + "}");
        cb03.post(path + "/supplement/received");

        Reply noReason = cb03.post(path + "/supplement", MISSING + "}");
        long afterRefusal = data.count("supplement_request");
        Reply withReason = cb03.post(path + "/supplement", MISSING + ",\"reason\":\"Bản sao bổ sung vẫn mờ\"}");
        Reply byAnOfficer = person("CB01").post(path + "/supplement/2/ruling", "{\"justified\":true}");
        Reply noSuchRequest = person("CB02").post(path + "/supplement/9/ruling", "{\"justified\":true}");
        Reply noComment = person("CB02").post(path + "/supplement/2/ruling", "{\"justified\":false}");
        Reply ruled = person("CB02").post(path + "/supplement/2/ruling",
                "{\"justified\":false,\"comment\":\"Có thể yêu cầu ngay lần đầu\"}");
        Reply ruledAgain = person("CB02").post(path + "/supplement/2/ruling", "{\"justified\":true}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("code").asString()).isEqualTo("problem.supplement.reason-missing");
        assertThat(afterRefusal).isEqualTo(1);
        assertThat(withReason.status()).as(withReason.toString()).isEqualTo(201);
        assertThat(withReason.json().get("request").get("number").asInt()).isEqualTo(2);
        assertThat(withReason.json().get("request").get("awaitingRuling").asBoolean()).isTrue();
        assertThat(withReason.json().get("request").get("reason").asString()).isEqualTo("Bản sao bổ sung vẫn mờ");
        assertThat(byAnOfficer.status()).isEqualTo(403);
        assertThat(noSuchRequest.status()).isEqualTo(404);
        assertThat(noSuchRequest.json().get("code").asString()).isEqualTo("problem.supplement.unknown");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().get("code").asString()).isEqualTo("problem.supplement.comment-missing");
        assertThat(ruled.status()).as(ruled.toString()).isEqualTo(200);
        assertThat(ruled.json().get("ruling").asString()).isEqualTo("UNJUSTIFIED");
        assertThat(ruled.json().get("ruledByCode").asString()).isEqualTo("CB02");
        assertThat(ruled.json().get("awaitingRuling").asBoolean()).isFalse();
        assertThat(ruledAgain.status()).isEqualTo(409);

        JsonNode supplements = person("CB02").get(path + "/control-slip").json().get("supplements");
        assertThat(supplements.size()).isEqualTo(2);
        assertThat(supplements.get(0).get("suppliedAt").isNull()).isFalse();
        assertThat(supplements.get(1).get("ruling").asString()).isEqualTo("UNJUSTIFIED");
        assertThat(supplements.get(1).get("rulingComment").asString()).isEqualTo("Có thể yêu cầu ngay lần đầu");
    }

    private Api person(String username) {
        return new Api(port).as(Api.person(username, DemoAccess.PASSWORD));
    }
}
