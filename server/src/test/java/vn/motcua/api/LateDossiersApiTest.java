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
import vn.motcua.dossier.RecordProvinceDossiers;
import vn.motcua.security.DemoAccess;

/**
 * The late and due-soon lists over the API, by role. The usual imported dossiers at Mon 23/11 07:30: TP-1 (due 20/11),
 * KT-1 (21/11) and XD-1 (22/11, a unit the center lacks) are late at once; TP-2 (due 23/11 15:00) is due soon; TP-3
 * waits for a supplement; TP-4 and TP-5 are closed.
 */
class LateDossiersApiTest extends RunningApiTest {

    @Autowired
    RecordProvinceDossiers record;

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
        reply.json().values().forEach(line -> codes.add(line.get("code").asString()));
        return codes;
    }

    @Test
    void aManagerSeesEveryUnitsLateDossiersAndTheUnassigned() {
        assertThat(codes(as("giamdoc", "/api/v1/dossiers/late"))).containsExactly("TP-1", "KT-1", "XD-1");
        assertThat(codes(as("admin", "/api/v1/dossiers/late"))).containsExactly("TP-1", "KT-1", "XD-1");

        JsonNode unassigned = as("giamdoc", "/api/v1/dossiers/late").json().get(2);
        assertThat(unassigned.get("scope").asString()).isEqualTo("DOSSIER");
        assertThat(unassigned.get("unit").get("code").isNull()).isTrue();
        assertThat(unassigned.get("unit").get("name").asString()).isEqualTo("Sở Xây dựng");
        assertThat(unassigned.get("holder").isNull()).isTrue();
        assertThat(unassigned.get("late").get("unassigned").asBoolean()).isTrue();
        assertThat(unassigned.get("late").get("officer").isNull()).isTrue();
        assertThat(unassigned.get("late").get("latenessId").asLong()).isPositive();
        assertThat(unassigned.get("dueAtLocal").asString()).isEqualTo("2026-11-22T10:00:00");
    }

    @Test
    void aHeadOfUnitSeesTheirUnitsWithTheirOwnNameAsHead() {
        List<String> late = codes(as("CB02", "/api/v1/dossiers/late"));
        assertThat(late).containsExactly("KT-1");

        JsonNode line = as("CB02", "/api/v1/dossiers/late").json().get(0);
        assertThat(line.get("unit").get("code").asString()).isEqualTo("KT");
        assertThat(line.get("late").get("unassigned").asBoolean()).isFalse();
        assertThat(line.get("late").get("head").get("code").asString()).isEqualTo("CB02");
        assertThat(line.get("late").get("head").get("name").asString()).isEqualTo("Trần Văn Đức");
        assertThat(codes(as("CB02", "/api/v1/dossiers/due-soon"))).isEmpty();
    }

    @Test
    void anOfficerSeesTheirUnitsAndAnotherUnitsOfficerNone() {
        assertThat(codes(as("CB01", "/api/v1/dossiers/late"))).containsExactly("TP-1");
        assertThat(codes(as("CB07", "/api/v1/dossiers/late"))).containsExactly("TP-1");
        assertThat(codes(as("CB05", "/api/v1/dossiers/late"))).isEmpty();
        assertThat(codes(as("CB05", "/api/v1/dossiers/due-soon"))).isEmpty();

        Reply soon = as("CB01", "/api/v1/dossiers/due-soon");
        assertThat(codes(soon)).containsExactly("TP-2");
        assertThat(soon.json().get(0).get("late").isNull()).isTrue();
        assertThat(soon.json().get(0).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(codes(as("giamdoc", "/api/v1/dossiers/due-soon"))).containsExactly("TP-2");
    }

    @Test
    void nobodyButStaffReadsTheLists() {
        assertThat(new Api(port).get("/api/v1/dossiers/late").status()).isEqualTo(401);
        assertThat(new Api(port).as(Api.device(DemoAccess.KIOSK_TOKEN)).get("/api/v1/dossiers/due-soon").status())
                .isEqualTo(403);
        assertThat(as("giamdoc", "/api/v1/dossiers/TP-1").json().get("code").asString())
                .as("a dossier's own path is still its own").isEqualTo("TP-1");
    }
}
