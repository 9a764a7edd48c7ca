package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.api.Api.Reply;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.security.DemoAccess;

/**
 * The register of violations over HTTP: CB03 of Kinh tế asks a second time without valid reason and their head CB02
 * rules so; CB02 records a return through CB04's fault; each reads as far as their role reaches.
 */
class ViolationsApiTest extends RunningApiTest {

    private static final String MISSING = "{\"items\":[{\"what\":\"Bản sao CCCD\",\"why\":\"Bản nộp bị mờ\"}]";

    private String code;

    @BeforeEach
    void cb03AskedTwiceWithoutValidReason() {
        DossierTestData.reset(jdbc);
        Api cb01 = person("CB01");
        api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");
        String ticket = api.post("/api/v1/counters/1/call-next").json().get("trackingCode").asString();
        code = cb01.post("/api/v1/dossiers", DossierReceptionApiTest.reception("1.004873", ticket, true, "[0]"))
                .json().get("code").asString();
        String path = "/api/v1/dossiers/" + code;
        cb01.post(path + "/hand-off", "{\"toOfficer\":\"CB03\",\"step\":\"APPRAISAL\"}");
        Api cb03 = person("CB03");
        cb03.post(path + "/supplement", MISSING + "}");
        cb03.post(path + "/supplement/received");
        cb03.post(path + "/supplement", MISSING + ",\"reason\":\"Quên hỏi lần trước\"}");
        assertThat(person("CB02").post(path + "/supplement/2/ruling",
                "{\"justified\":false,\"comment\":\"Có thể yêu cầu ngay lần đầu\"}").status()).isEqualTo(200);
    }

    @Test
    void theUnjustifiedRequestIsOnTheOfficerAndTheHeadJointlyLiable() {
        Reply read = person("CB02").get("/api/v1/violations");

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode entry = read.json().get(0);
        assertThat(read.json().size()).isEqualTo(1);
        assertThat(entry.get("kind").asString()).isEqualTo("UNJUSTIFIED_SUPPLEMENT");
        assertThat(entry.get("kindText").asString()).isEqualTo("Yêu cầu bổ sung lần sau không có lý do chính đáng");
        assertThat(entry.get("dossierCode").asString()).isEqualTo(code);
        assertThat(entry.get("officerCode").asString()).isEqualTo("CB03");
        assertThat(entry.get("officerName").asString()).isEqualTo("Lê Minh Tuấn");
        assertThat(entry.get("unitName").asString()).isEqualTo("Phòng Kinh tế");
        assertThat(entry.get("headCode").asString()).isEqualTo("CB02");
        assertThat(entry.get("headName").asString()).isEqualTo("Trần Văn Đức");
        assertThat(entry.get("recordedBy").asString()).isEqualTo("CB02");
        assertThat(entry.get("evidence").asString()).contains(code, "lần 2", "Quên hỏi lần trước",
                "Có thể yêu cầu ngay lần đầu");
        assertThat(entry.get("controlSlipPath").asString()).isEqualTo("/api/v1/dossiers/" + code + "/control-slip");
        assertThat(kinds(entry.get("events"))).containsSubsequence("SUPPLEMENT_ASKED", "SUPPLEMENT_ASKED",
                "SUPPLEMENT_RULED", "VIOLATION_RECORDED");
    }

    @Test
    void aHeadRecordsAReturnThroughTheFaultOfTheirOwnUnitsOfficerOnly() {
        Api head = person("CB02");
        Reply recorded = head.post("/api/v1/violations", ApiContractTest.violation(code, "CB04", "RETURNED_BY_FAULT"));
        Reply otherUnit = head.post("/api/v1/violations", ApiContractTest.violation(code, "CB01", "RETURNED_BY_FAULT"));
        Reply byRuling = head.post("/api/v1/violations", ApiContractTest.violation(code, "CB04", "LATE_OWN_FAULT"));
        Reply noEvidence = head.post("/api/v1/violations", ApiContractTest.violation(code, "CB04", "RETURNED_BY_FAULT")
                .replaceAll("\"evidence\":\"[^\"]*\"", "\"evidence\":\"  \""));
        Reply byAnOfficer = person("CB03").post("/api/v1/violations",
                ApiContractTest.violation(code, "CB04", "RETURNED_BY_FAULT"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().get("kind").asString()).isEqualTo("RETURNED_BY_FAULT");
        assertThat(recorded.json().get("officerName").asString()).isEqualTo("Phạm Thu Trang");
        assertThat(recorded.json().get("headName").asString()).isEqualTo("Trần Văn Đức");
        assertThat(recorded.json().get("evidence").asString()).contains("nhập sai tên chủ hồ sơ");
        assertThat(otherUnit.status()).isEqualTo(403);
        assertThat(otherUnit.json().get("code").asString()).isEqualTo("problem.violation.other-unit");
        assertThat(otherUnit.json().get("detail").asString()).contains("đơn vị mình");
        assertThat(byRuling.status()).isEqualTo(400);
        assertThat(byRuling.json().get("code").asString()).isEqualTo("problem.violation.by-ruling");
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.json().get("code").asString()).isEqualTo("problem.violation.evidence-missing");
        assertThat(byAnOfficer.status()).isEqualTo(403);
        assertThat(data.count("violation")).isEqualTo(2);
    }

    @Test
    void anOfficerReadsTheirOwnAHeadTheirUnitsAManagerAll() {
        person("CB02").post("/api/v1/violations", ApiContractTest.violation(code, "CB04", "RETURNED_BY_FAULT"));

        assertThat(officers(person("CB03").get("/api/v1/violations"))).containsExactly("CB03");
        assertThat(officers(person("CB04").get("/api/v1/violations"))).containsExactly("CB04");
        assertThat(officers(person("CB01").get("/api/v1/violations"))).isEmpty();
        assertThat(officers(person("CB02").get("/api/v1/violations"))).containsExactly("CB04", "CB03");
        assertThat(officers(api.get("/api/v1/violations"))).containsExactly("CB04", "CB03");
        assertThat(officers(api.get("/api/v1/violations?kind=RETURNED_BY_FAULT"))).containsExactly("CB04");
        assertThat(officers(api.get("/api/v1/violations?officer=CB03"))).containsExactly("CB03");
        assertThat(officers(api.get("/api/v1/violations?from=2000-01-01&to=2000-01-31"))).isEmpty();
        Reply period = api.get("/api/v1/violations?from=2026-12-02&to=2026-12-01");
        assertThat(period.status()).isEqualTo(400);
        assertThat(period.json().get("code").asString()).isEqualTo("problem.violation.period");
    }

    private static List<String> officers(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return StreamSupport.stream(reply.json().spliterator(), false)
                .map(entry -> entry.get("officerCode").asString()).toList();
    }

    private static List<String> kinds(JsonNode events) {
        return StreamSupport.stream(events.spliterator(), false).map(event -> event.get("kind").asString()).toList();
    }

    private Api person(String username) {
        return new Api(port).as(Api.person(username, DemoAccess.PASSWORD));
    }
}
