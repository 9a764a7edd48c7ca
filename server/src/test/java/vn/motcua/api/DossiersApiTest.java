package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.motcua.api.Api.Reply;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.RecordProvinceDossiers;
import vn.motcua.security.DemoAccess;

/** Staff read dossiers over the API: each role its scope, the filters, due soonest first, and the citizen's page. */
class DossiersApiTest extends RunningApiTest {

    @Autowired
    RecordProvinceDossiers record;
    @Autowired
    Dossiers dossiers;

    @BeforeEach
    void dossiers() {
        DossierTestData.reset(jdbc);
        DossierTestData.record(record);
    }

    private Reply as(String who, String path) {
        return new Api(port).as(Api.person(who, DemoAccess.PASSWORD)).get(path);
    }

    private static List<String> codes(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        reply.json().get("dossiers").values().forEach(line -> codes.add(line.get("code").asString()));
        return codes;
    }

    @Test
    void eachRoleReadsItsOwnScopeDueSoonestFirst() {
        assertThat(codes(as("CB01", "/api/v1/dossiers"))).containsExactly("TP-1", "TP-2", "TP-3");
        assertThat(codes(as("CB07", "/api/v1/dossiers"))).containsExactly("TP-1", "TP-2", "TP-3");
        assertThat(codes(as("CB02", "/api/v1/dossiers"))).containsExactly("KT-1");
        assertThat(codes(as("CB05", "/api/v1/dossiers"))).isEmpty();
        assertThat(codes(as("giamdoc", "/api/v1/dossiers"))).containsExactly("TP-1", "KT-1", "XD-1", "TP-2", "TP-3");
        assertThat(codes(as("admin", "/api/v1/dossiers"))).containsExactly("TP-1", "KT-1", "XD-1", "TP-2", "TP-3");
        assertThat(new Api(port).get("/api/v1/dossiers").status()).isEqualTo(401);
        assertThat(new Api(port).as(Api.device(DemoAccess.KIOSK_TOKEN)).get("/api/v1/dossiers").status())
                .isEqualTo(403);
    }

    @Test
    void filtersAndPages() {
        assertThat(codes(as("giamdoc", "/api/v1/dossiers?unit=KT"))).containsExactly("KT-1");
        assertThat(codes(as("CB01", "/api/v1/dossiers?unit=tp"))).containsExactly("TP-1", "TP-2", "TP-3");
        assertThat(codes(as("giamdoc", "/api/v1/dossiers?status=DONE"))).containsExactly("TP-5");
        assertThat(codes(as("giamdoc", "/api/v1/dossiers?dueBefore=2026-11-23T15:00:00")))
                .containsExactly("TP-1", "KT-1", "XD-1");
        Reply first = as("giamdoc", "/api/v1/dossiers?page=0&size=2");
        assertThat(codes(first)).containsExactly("TP-1", "KT-1");
        assertThat(first.json().get("hasMore").asBoolean()).isTrue();
        Reply last = as("giamdoc", "/api/v1/dossiers?page=2&size=2");
        assertThat(codes(last)).containsExactly("TP-3");
        assertThat(last.json().get("hasMore").asBoolean()).isFalse();

        assertThat(as("CB01", "/api/v1/dossiers?unit=KT").status()).isEqualTo(403);
        Reply unknown = as("giamdoc", "/api/v1/dossiers?unit=NOPE");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("problem.dossier.unit.unknown");
        assertThat(as("giamdoc", "/api/v1/dossiers?size=201").status()).isEqualTo(400);
        assertThat(as("giamdoc", "/api/v1/dossiers?page=-1").status()).isEqualTo(400);
        assertThat(as("giamdoc", "/api/v1/dossiers?status=LOST").status()).isEqualTo(400);
        assertThat(as("giamdoc", "/api/v1/dossiers?dueBefore=23/11/2026").status()).isEqualTo(400);
    }

    @Test
    void theFlagsSayWhatToActOn() {
        // 07:30 on 23/11: TP-1 was due on the 20th, TP-2 is due at 15:00 today.
        JsonNode lines = as("CB01", "/api/v1/dossiers").json().get("dossiers");
        assertThat(lines.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(lines.get(0).get("dueSoon").asBoolean()).isFalse();
        assertThat(lines.get(1).get("overdue").asBoolean()).isFalse();
        assertThat(lines.get(1).get("dueSoon").asBoolean()).isTrue();
        assertThat(lines.get(1).get("dueAtLocal").asString()).isEqualTo("2026-11-23T15:00:00");
        assertThat(lines.get(0).get("procedureName").asString()).isEqualTo(DossierTestData.KNOWN_PROCEDURE_NAME);
        assertThat(lines.get(1).get("procedureName").isNull()).isTrue();
        assertThat(lines.get(0).get("statusCode").asInt()).isEqualTo(4);
        assertThat(lines.get(0).get("holderName").isNull()).as("nobody here took an imported dossier").isTrue();
    }

    @Test
    void aDossierWithItsCitizensPageForItsUnitOnly() {
        Reply reply = as("CB01", "/api/v1/dossiers/TP-1");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode dossier = reply.json();
        assertThat(dossier.get("code").asString()).isEqualTo("TP-1");
        assertThat(dossier.get("procedureCode").asString()).isEqualTo(DossierTestData.KNOWN_PROCEDURE);
        assertThat(dossier.get("procedureName").asString()).isEqualTo(DossierTestData.KNOWN_PROCEDURE_NAME);
        assertThat(dossier.get("status").asString()).isEqualTo("PROCESSING");
        assertThat(dossier.get("statusCode").asInt()).isEqualTo(4);
        assertThat(dossier.get("receivedAtLocal").asString()).isEqualTo("2026-11-16T08:00:00");
        assertThat(dossier.get("dueAtLocal").asString()).isEqualTo("2026-11-20T16:00:00");
        assertThat(dossier.get("unit").asString()).isEqualTo("Phòng Tư pháp – Hộ tịch");
        assertThat(dossier.get("unitCode").asString()).isEqualTo("TP");
        assertThat(dossier.get("source").asString()).isEqualTo("PROVINCE");
        assertThat(dossier.get("overdue").asBoolean()).isTrue();
        assertThat(dossier.get("trackingPath").asString())
                .isEqualTo("/hs/" + dossiers.find("TP-1").orElseThrow().getTrackingToken());
        assertThat(dossier.get("dueDateDiffers").asBoolean())
                .isEqualTo(!dossier.get("computedDueAt").isNull()
                        && !dossier.get("computedDueAt").asString().equals(dossier.get("dueAt").asString()));

        assertThat(as("CB01", "/api/v1/dossiers/KT-1").status()).isEqualTo(403);
        assertThat(as("CB02", "/api/v1/dossiers/KT-1").status()).isEqualTo(200);
        assertThat(as("giamdoc", "/api/v1/dossiers/XD-1").json().get("unitCode").isNull()).isTrue();
        Reply unknown = as("giamdoc", "/api/v1/dossiers/NOPE");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("problem.dossier.unknown");
        assertThat(new Api(port).get("/api/v1/dossiers/TP-1").status()).isEqualTo(401);
    }
}
