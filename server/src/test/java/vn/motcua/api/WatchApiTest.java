package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.motcua.api.Api.Reply;
import vn.motcua.center.CenterTime;
import vn.motcua.security.DemoAccess;
import vn.motcua.watch.WatchTestData;

/**
 * GET /api/v1/watch and POST /api/v1/watch/actions over real HTTP: the manager and the police liaison read the planted
 * broker with its evidence, every read is on the audit trail naming the reader, the manager records actions, the
 * liaison and other staff may not.
 */
class WatchApiTest extends RunningApiTest {

    @Autowired
    CenterTime time;

    private Api manager() {
        return new Api(port).as(Api.person("giamdoc", DemoAccess.PASSWORD));
    }

    private Api police() {
        return new Api(port).as(Api.person("congan", DemoAccess.PASSWORD));
    }

    @BeforeEach
    void aBroker() {
        WatchTestData.plantBroker(jdbc, time.now());
    }

    @AfterEach
    void noBroker() {
        WatchTestData.clear(jdbc);
    }

    @Test
    void thePoliceLiaisonReadsTheSignalWithItsEvidenceAndTheReadIsAudited() {
        long readsBefore = reads("congan");

        Reply reply = police().get("/api/v1/watch");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode signal = signal(reply.json());
        assertThat(signal.get("kind").asString()).isEqualTo("SHARED_CONTACT");
        assertThat(signal.get("figure").asInt()).isEqualTo(6);
        assertThat(signal.get("threshold").asInt()).isEqualTo(5);
        assertThat(signal.get("explanation").asString()).contains(WatchTestData.PHONE).contains("6 chủ hồ sơ");
        assertThat(signal.get("evidence")).hasSize(6);
        assertThat(signal.get("evidence").get(0).get("source").asString()).isEqualTo("DOSSIER");
        assertThat(reads("congan")).isEqualTo(readsBefore + 1);
        assertThat(jdbc.sql("select subject from audit_record where action = 'PERSONAL_DATA_READ' and actor = 'congan'"
                + " order by id desc").query(String.class).list().getFirst()).isEqualTo("/api/v1/watch");
    }

    @Test
    void officersHeadsAndTheAdminAreRefused() {
        for (String who : List.of("CB01", "CB02", "admin")) {
            long before = reads(who);
            Reply reply = new Api(port).as(Api.person(who, DemoAccess.PASSWORD)).get("/api/v1/watch");
            assertThat(reply.status()).as(who).isEqualTo(403);
            assertThat(reads(who)).isEqualTo(before);
        }
        assertThat(new Api(port).get("/api/v1/watch").status()).isEqualTo(401);
    }

    @Test
    void theManagerRecordsActionsAndTheyAreListedWithTheSignal() {
        String body = "{\"signalKey\":\"" + WatchTestData.KEY + "\",\"action\":\"";
        long recordedBefore = recorded();

        Reply noNote = manager().post("/api/v1/watch/actions", body + "REPORT_TO_POLICE\"}");
        Reply warned = manager().post("/api/v1/watch/actions", body + "WARN\",\"note\":\"Đã mời lên nhắc nhở\"}");
        Reply reported = manager().post("/api/v1/watch/actions",
                body + "REPORT_TO_POLICE\",\"note\":\"Chuyển Công an xã\"}");
        Reply byPolice = police().post("/api/v1/watch/actions", body + "WATCH\"}");
        Reply unknown = manager().post("/api/v1/watch/actions", "{\"signalKey\":\"HOARDING:x\",\"action\":\"WATCH\"}");

        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().get("code").asString()).isEqualTo("problem.watch.note-missing");
        assertThat(warned.status()).as(warned.toString()).isEqualTo(201);
        assertThat(warned.json().get("actedBy").asString()).isEqualTo("giamdoc");
        assertThat(reported.status()).isEqualTo(201);
        assertThat(byPolice.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        JsonNode actions = signal(manager().get("/api/v1/watch").json()).get("actions");
        assertThat(actions).hasSize(2);
        assertThat(actions.get(0).get("action").asString()).isEqualTo("REPORT_TO_POLICE");
        assertThat(actions.get(1).get("note").asString()).isEqualTo("Đã mời lên nhắc nhở");
        assertThat(recorded()).isEqualTo(recordedBefore + 2);
    }

    private long recorded() {
        return jdbc.sql("select count(*) from audit_record where action = 'WATCH_ACTION_RECORDED' and actor = "
                + "'giamdoc' and detail like :key").param("key", WatchTestData.KEY + "%").query(Long.class).single();
    }

    private static JsonNode signal(JsonNode signals) {
        for (JsonNode signal : signals) {
            if (signal.get("key").asString().equals(WatchTestData.KEY)) {
                return signal;
            }
        }
        throw new AssertionError("No " + WatchTestData.KEY + " in " + signals);
    }

    private long reads(String who) {
        return jdbc.sql("select count(*) from audit_record where action = 'PERSONAL_DATA_READ' and actor = :who")
                .param("who", who).query(Long.class).single();
    }
}
