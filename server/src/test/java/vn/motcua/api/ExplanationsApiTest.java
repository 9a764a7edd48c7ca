package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.api.Api.Reply;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.LateTestData;
import vn.motcua.dossier.internal.DossierLatenessRepository;
import vn.motcua.security.DemoAccess;

/**
 * Explanations over HTTP: a dossier received at counter 1 is late on CB03's desk (Kinh tế, headed by CB02); CB03
 * explains, CB02 returns it with a comment, CB03 writes again, CB02 accepts the own fault and the violation is
 * registered; the manager's list of missing explanations; the unit's explanation of a period.
 */
class ExplanationsApiTest extends RunningApiTest {

    @Autowired
    MutableClock clock;
    @Autowired
    Dossiers dossiers;
    @Autowired
    DossierLatenessRepository latenesses;

    private Api cb03;
    private Api head;
    private Api manager;
    private String code;
    private long lateness;

    @BeforeEach
    void aLateDossierOnCb03sDesk() {
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 30));
        Api cb01 = person("CB01");
        api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");
        String ticket = api.post("/api/v1/counters/1/call-next").json().get("trackingCode").asString();
        code = cb01.post("/api/v1/dossiers", DossierReceptionApiTest.reception("1.004873", ticket, true, "[0]"))
                .json().get("code").asString();
        cb01.post("/api/v1/dossiers/" + code + "/hand-off", "{\"toOfficer\":\"CB03\"}");
        clock.set(LocalDateTime.of(2026, 12, 7, 17, 1));
        long kt = jdbc.sql("select id from unit where code = 'KT'").query(Long.class).single();
        lateness = LateTestData.late(latenesses, dossiers.find(code).orElseThrow(), 0, data.officerId("CB03"), kt,
                data.officerId("CB02"), clock.instant()).getId();
        cb03 = person("CB03");
        head = person("CB02");
        manager = person("giamdoc");
    }

    @Test
    void theOfficerExplainsTheHeadReturnsThenAcceptsAndTheOwnFaultIsAViolation() {
        JsonNode toWrite = cb03.get("/api/v1/explanations").json();
        assertThat(toWrite.size()).isEqualTo(1);
        assertThat(toWrite.get(0).get("dossierCode").asString()).isEqualTo(code);
        assertThat(toWrite.get(0).get("officerCode").asString()).isEqualTo("CB03");
        assertThat(toWrite.get(0).get("unitName").asString()).isEqualTo("Phòng Kinh tế");
        assertThat(toWrite.get(0).get("deadlineLocal").asString()).isEqualTo("2026-12-09T17:00:00");
        assertThat(toWrite.get(0).get("overdue").asBoolean()).isFalse();

        Reply empty = cb03.post("/api/v1/explanations", body("OWN_FAULT", " "));
        Reply stranger = person("CB04").post("/api/v1/explanations", body("OWN_FAULT", "Tôi viết"));
        Reply first = cb03.post("/api/v1/explanations", body("OWN_FAULT", "Quên chuyển bước thẩm định"));
        Reply again = cb03.post("/api/v1/explanations", body("OWN_FAULT", "Lần nữa"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("code").asString()).isEqualTo("problem.explanation.text-missing");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.json().get("code").asString()).isEqualTo("problem.explanation.not-responsible");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("awaitingRuling").asBoolean()).isTrue();
        JsonNode attempt = first.json().get("attempts").get(0);
        assertThat(attempt.get("attempt").asInt()).isEqualTo(1);
        assertThat(attempt.get("reason").asString()).isEqualTo("OWN_FAULT");
        assertThat(attempt.get("writtenLate").asBoolean()).isFalse();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("problem.explanation.awaiting");

        JsonNode awaiting = head.get("/api/v1/explanations").json();
        assertThat(awaiting.size()).isEqualTo(1);
        assertThat(awaiting.get(0).get("latenessId").asLong()).isEqualTo(lateness);
        Reply returned = head.post(ruling(attempt), "{\"ruling\":\"RETURNED\",\"comment\":\"Nêu rõ ngày\"}");
        Reply twice = head.post(ruling(attempt), "{\"ruling\":\"ACCEPTED\"}");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.json().get("attempts").get(0).get("ruling").asString()).isEqualTo("RETURNED");
        assertThat(returned.json().get("attempts").get(0).get("comment").asString()).isEqualTo("Nêu rõ ngày");
        assertThat(returned.json().get("attempts").get(0).get("ruledByCode").asString()).isEqualTo("CB02");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("problem.explanation.ruled");

        clock.set(LocalDateTime.of(2026, 12, 10, 8, 0));
        Reply second = cb03.post("/api/v1/explanations", body("OWN_FAULT", "Quên chuyển bước thẩm định ngày 3/12"));
        assertThat(second.status()).isEqualTo(201);
        JsonNode rewritten = second.json().get("attempts").get(1);
        assertThat(rewritten.get("attempt").asInt()).isEqualTo(2);
        assertThat(rewritten.get("writtenLate").asBoolean()).as("after Wed 9/12 17:00").isTrue();
        assertThat(manager.get("/api/v1/explanations").json().get(0).get("overdue").asBoolean()).isTrue();
        Reply accepted = head.post(ruling(rewritten), "{\"ruling\":\"ACCEPTED\"}");

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("accepted").asBoolean()).isTrue();
        assertThat(manager.get("/api/v1/explanations?state=MISSING").json().size()).isZero();
        assertThat(jdbc.sql("select o.code || '/' || h.code from violation v join officer o on o.id = v.officer_id"
                + " join officer h on h.id = v.head_officer_id where v.kind = 'LATE_OWN_FAULT'").query(String.class)
                .single()).isEqualTo("CB03/CB02");
    }

    @Test
    void theManagerListsWhatIsMissingAndAnOfficerMayNot() {
        Reply officer = cb03.get("/api/v1/explanations?state=MISSING");
        JsonNode missing = manager.get("/api/v1/explanations").json();

        assertThat(officer.status()).isEqualTo(403);
        assertThat(officer.json().get("code").asString()).isEqualTo("problem.explanation.not-head");
        assertThat(missing.size()).isEqualTo(1);
        assertThat(missing.get(0).get("dossierCode").asString()).isEqualTo(code);
        assertThat(missing.get(0).get("officerName").asString()).isEqualTo("Lê Minh Tuấn");
        assertThat(missing.get(0).get("attempts").size()).isZero();
        assertThat(manager.post("/api/v1/explanations", body("OTHER", "x")).status()).isEqualTo(403);
    }

    @Test
    void theHeadExplainsTheUnitsPeriodOnce() {
        String period = "{\"from\":\"2026-12-01\",\"to\":\"2026-12-07\",\"text\":\"Chờ ý kiến Phòng Tài nguyên\"}";

        Reply written = head.post("/api/v1/unit-explanations", period);
        Reply twice = head.post("/api/v1/unit-explanations", period);
        Reply backwards = head.post("/api/v1/unit-explanations", period.replace("2026-12-07", "2026-11-07"));
        Reply byManager = manager.post("/api/v1/unit-explanations", period);

        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        assertThat(written.json().get("unitCode").asString()).isEqualTo("KT");
        assertThat(written.json().get("writtenByCode").asString()).isEqualTo("CB02");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("problem.unit-explanation.exists");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("code").asString()).isEqualTo("problem.unit-explanation.period");
        assertThat(byManager.status()).isEqualTo(403);
        JsonNode all = manager.get("/api/v1/unit-explanations").json();
        assertThat(all.size()).isEqualTo(1);
        assertThat(all.get(0).get("from").asString()).isEqualTo("2026-12-01");
        assertThat(Instant.parse(all.get(0).get("writtenAt").asString())).isEqualTo(clock.instant());
    }

    private String body(String reason, String text) {
        return "{\"latenessId\":" + lateness + ",\"reason\":\"" + reason + "\",\"text\":\"" + text + "\"}";
    }

    private static String ruling(JsonNode attempt) {
        return "/api/v1/explanations/" + attempt.get("id").asLong() + "/ruling";
    }

    private Api person(String username) {
        return new Api(port).as(Api.person(username, DemoAccess.PASSWORD));
    }
}
