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

/** Hand-offs, the result, the return and the control slip over HTTP, each on the caller's name. */
class DossierHandlingApiTest extends RunningApiTest {

    @Autowired
    MutableClock clock;

    private Api cb01;
    private Api cb03;

    @BeforeEach
    void noDossiers() {
        DossierTestData.reset(jdbc);
        cb01 = person("CB01");
        cb03 = person("CB03");
    }

    @Test
    void theHolderHandsOnAndTheSlipNamesEveryHolderWithTheirTime() {
        String code = received("1.004873");
        String path = "/api/v1/dossiers/" + code;

        Reply stranger = person("CB05").post(path + "/hand-off", "{\"toOfficer\":\"CB03\"}");
        Reply toNobody = cb01.post(path + "/hand-off", "{\"toOfficer\":\"CB99\"}");
        Reply lunch = cb01.post(path + "/hand-off", "{\"toOfficer\":\"CB03\",\"step\":\"LUNCH\"}");
        Reply first = cb01.post(path + "/hand-off", "{\"toOfficer\":\"CB03\",\"step\":\"APPRAISAL\",\"note\":\"Thẩm định\"}");
        clock.advance(Duration.ofMinutes(90));
        Reply second = cb03.post(path + "/hand-off", "{\"toOfficer\":\"CB02\",\"step\":\"SIGNATURE\"}");

        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(403);
        assertThat(stranger.json().get("code").asString()).isEqualTo("problem.dossier.not-holder");
        assertThat(toNobody.status()).isEqualTo(404);
        assertThat(toNobody.json().get("code").asString()).isEqualTo("problem.officer.unknown");
        assertThat(lunch.status()).isEqualTo(400);
        assertThat(lunch.json().get("code").asString()).isEqualTo("problem.request.value");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode line = first.json();
        assertThat(line.get("sequence").asInt()).isEqualTo(1);
        assertThat(line.get("step").asString()).isEqualTo("APPRAISAL");
        assertThat(line.get("fromCode").asString()).isEqualTo("CB01");
        assertThat(line.get("toCode").asString()).isEqualTo("CB03");
        assertThat(line.get("toName").asString()).isEqualTo("Lê Minh Tuấn");
        assertThat(line.get("unitCode").asString()).isEqualTo("KT");
        assertThat(line.get("note").asString()).isEqualTo("Thẩm định");
        assertThat(Instant.parse(line.get("handedAt").asString())).isEqualTo(clock.instant().minus(Duration.ofMinutes(90)));
        assertThat(Instant.parse(line.get("stepDueAt").asString())).isAfter(Instant.parse(line.get("handedAt").asString()));
        assertThat(line.get("stillHeld").asBoolean()).isTrue();
        assertThat(second.status()).as(second.toString()).isEqualTo(200);

        Reply slip = person("CB02").get(path + "/control-slip");
        assertThat(slip.status()).as(slip.toString()).isEqualTo(200);
        JsonNode lines = slip.json().get("lines");
        assertThat(lines.size()).isEqualTo(3);
        assertThat(lines.get(0).get("step").asString()).isEqualTo("RECEPTION");
        assertThat(lines.get(0).get("fromCode").isNull()).isTrue();
        assertThat(lines.get(0).get("toCode").asString()).isEqualTo("CB01");
        assertThat(lines.get(1).get("toCode").asString()).isEqualTo("CB03");
        assertThat(lines.get(1).get("heldMinutes").asLong()).isEqualTo(90);
        assertThat(lines.get(1).get("stillHeld").asBoolean()).isFalse();
        assertThat(lines.get(2).get("fromCode").asString()).isEqualTo("CB03");
        assertThat(lines.get(2).get("toCode").asString()).isEqualTo("CB02");
        assertThat(lines.get(2).get("stillHeld").asBoolean()).isTrue();
        // The dossier went to Kinh tế: an officer of Tư pháp no longer reads it.
        assertThat(cb01.get(path + "/control-slip").status()).isEqualTo(403);
        JsonNode dossier = person("CB02").get(path).json();
        assertThat(dossier.get("holderCode").asString()).isEqualTo("CB02");
        JsonNode listed = null;
        for (JsonNode each : person("CB02").get("/api/v1/dossiers").json().get("dossiers").values()) {
            listed = each.get("code").asString().equals(dossier.get("code").asString()) ? each : listed;
        }
        assertThat(listed).as("the unit's list holds the dossier").isNotNull();
        assertThat(listed.get("holderName").asString()).isEqualTo("Trần Văn Đức");
        assertThat(Instant.parse(listed.get("heldSince").asString())).isEqualTo(clock.instant());
        assertThat(dossier.get("holderName").asString()).isEqualTo("Trần Văn Đức");
        assertThat(dossier.get("status").asString()).isEqualTo("PROCESSING");
        assertThat(Instant.parse(dossier.get("heldSince").asString())).isEqualTo(clock.instant());
    }

    @Test
    void theResultIsRecordedThenHandedBackOnceAtACounter() {
        String code = received("1.004873");
        String path = "/api/v1/dossiers/" + code;
        String early = nextTicketAtCounter1();

        Reply notYet = cb01.post(path + "/return", "{\"ticketCode\":\"" + early + "\"}");
        Reply noReason = cb01.post(path + "/result", "{\"result\":\"REFUSED\"}");
        Reply maybe = cb01.post(path + "/result", "{\"result\":\"MAYBE\"}");
        Reply notHolder = cb03.post(path + "/result", "{\"result\":\"APPROVED\"}");
        assertThat(notYet.status()).as(notYet.toString()).isEqualTo(409);
        assertThat(notYet.json().get("code").asString()).isEqualTo("problem.dossier.not-collectable");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("code").asString()).isEqualTo("problem.dossier.reason-missing");
        assertThat(maybe.status()).isEqualTo(400);
        assertThat(notHolder.status()).isEqualTo(403);
        assertThat(api.get(path).json().get("status").asString()).isEqualTo("RECEIVED");

        Reply approved = cb01.post(path + "/result", "{\"result\":\"APPROVED\"}");
        String collection = nextTicketAtCounter1();
        Reply returned = cb01.post(path + "/return", "{\"ticketCode\":\"" + collection + "\"}");
        Reply again = cb01.post(path + "/return", "{\"ticketCode\":\"" + collection + "\"}");

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("DONE");
        assertThat(approved.json().get("result").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("signedBy").isNull()).isTrue();
        assertThat(returned.status()).as(returned.toString()).isEqualTo(201);
        assertThat(returned.json().get("dossierStatus").asString()).isEqualTo("RETURNED");
        assertThat(returned.json().get("purpose").asString()).isEqualTo("COLLECTION");
        assertThat(returned.json().get("officerCode").asString()).isEqualTo("CB01");
        assertThat(again.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from dossier_event where kind = 'RETURNED'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aSameDayDossierIsSignedByTheLeaderOnDutyAndReturnedInTheVisitItCameIn() {
        String ticket = servedAtCounter1();
        String code = cb01.post("/api/v1/dossiers", DossierReceptionApiTest.reception("1.001193", ticket, true, "[0,1]"))
                .json().get("code").asString();
        String path = "/api/v1/dossiers/" + code;

        Reply approved = cb01.post(path + "/result", "{\"result\":\"APPROVED\"}");
        Reply returned = cb01.post(path + "/return", "{\"ticketCode\":\"" + ticket + "\"}");

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        // 23/11/2026: the demo roster's leader on duty.
        assertThat(approved.json().get("signedBy").asString()).isEqualTo("Phó Chủ tịch UBND xã Trần Thị Mai");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(201);
        assertThat(returned.json().get("dossierStatus").asString()).isEqualTo("RETURNED");
        assertThat(api.get(path).json().get("status").asString()).isEqualTo("RETURNED");
    }

    @Test
    void anUnknownDossierIs404ForEveryStep() {
        String nowhere = "/api/v1/dossiers/NO-SUCH-DOSSIER";

        assertThat(cb01.post(nowhere + "/hand-off", "{\"toOfficer\":\"CB03\"}").status()).isEqualTo(404);
        assertThat(cb01.post(nowhere + "/result", "{\"result\":\"APPROVED\"}").status()).isEqualTo(404);
        assertThat(cb01.get(nowhere + "/control-slip").status()).isEqualTo(404);
        assertThat(cb01.post(nowhere + "/return", "{\"ticketCode\":\"" + servedAtCounter1() + "\"}").status())
                .isEqualTo(404);
    }

    private String received(String procedure) {
        Reply reply = cb01.post("/api/v1/dossiers", DossierReceptionApiTest.reception(procedure, servedAtCounter1(),
                true, "[0]"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("code").asString();
    }

    private String servedAtCounter1() {
        api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");
        String ticket = api.post("/api/v1/counters/1/call-next").json().get("trackingCode").asString();
        api.post("/api/v1/counters/1/start");
        return ticket;
    }

    /** Finishes counter 1's visit and serves the next one. */
    private String nextTicketAtCounter1() {
        api.post("/api/v1/counters/1/finish");
        return servedAtCounter1();
    }

    private Api person(String username) {
        return new Api(port).as(Api.person(username, DemoAccess.PASSWORD));
    }
}
