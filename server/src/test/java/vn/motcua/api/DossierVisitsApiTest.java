package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.api.Api.Reply;
import vn.motcua.audit.Actor;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ProvinceDossier;
import vn.motcua.dossier.RecordProvinceDossiers;
import vn.motcua.security.DemoAccess;

/** POST /api/v1/dossiers/{code}/visits over HTTP: the link's answer, and who and which ticket it refuses. */
class DossierVisitsApiTest extends RunningApiTest {

    @Autowired
    RecordProvinceDossiers recordProvinceDossiers;
    @Autowired
    MutableClock clock;

    @Test
    void theSeatedOfficerLinksTheTicketTheyServeAndIsNamed() {
        String code = dossier(DossierStatus.DONE);
        String ticket = servedAtCounter1();

        Reply linked = api.post(path(code), body(ticket, "COLLECTION"));
        Reply again = api.post(path(code), body(ticket, "COLLECTION"));

        assertThat(linked.status()).isEqualTo(201);
        assertThat(linked.json().get("dossierCode").asString()).isEqualTo(code);
        assertThat(linked.json().get("ticket").asString()).isEqualTo(ticket);
        assertThat(linked.json().get("ticketNumber").asString()).isEqualTo("A001");
        assertThat(linked.json().get("officerCode").asString()).isEqualTo("CB01");
        assertThat(linked.json().get("purpose").asString()).isEqualTo("COLLECTION");
        assertThat(linked.json().get("dossierStatus").asString()).isEqualTo("RETURNED");
        assertThat(Instant.parse(linked.json().get("linkedAt").asString())).isEqualTo(clock.instant());
        assertThat(again.status()).isEqualTo(200);
        assertThat(data.count("dossier_visit")).isEqualTo(1);
    }

    @Test
    void anotherOfficerIsRefusedAndNothingIsLinked() {
        String code = dossier(DossierStatus.PROCESSING);
        String ticket = servedAtCounter1();

        Reply elsewhere = new Api(port).as(Api.person("CB05", DemoAccess.PASSWORD))
                .post(path(code), body(ticket, "ENQUIRY"));

        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.json().get("code").asString()).isEqualTo("problem.counter.not-seated");
        assertThat(data.count("dossier_visit")).isZero();
    }

    @Test
    void unknownDossierOrTicketIs404AndATicketNoLongerServedIs409() {
        String code = dossier(DossierStatus.PROCESSING);
        String ticket = servedAtCounter1();

        Reply noDossier = api.post(path("000.00.23.H56-NOPE"), body(ticket, "ENQUIRY"));
        Reply noTicket = api.post(path(code), body("nosuchcode42", "ENQUIRY"));
        api.post("/api/v1/counters/1/finish");
        clock.advance(Duration.ofMinutes(11));
        Reply tooLate = api.post(path(code), body(ticket, "ENQUIRY"));

        assertThat(noDossier.status()).isEqualTo(404);
        assertThat(noDossier.json().get("code").asString()).isEqualTo("problem.dossier.unknown");
        assertThat(noDossier.json().get("detail").asString()).startsWith("Không tìm thấy hồ sơ");
        assertThat(noTicket.status()).isEqualTo(404);
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().get("code").asString()).isEqualTo("problem.dossier.visit-closed");
        assertThat(data.count("dossier_visit")).isZero();
    }

    @Test
    void aDossierWithdrawnIsNotCollected() {
        String code = dossier(DossierStatus.WITHDRAWN);
        String ticket = servedAtCounter1();

        Reply refused = api.post(path(code), body(ticket, "COLLECTION"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("problem.dossier.not-collectable");
    }

    private String servedAtCounter1() {
        api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");
        String ticket = api.post("/api/v1/counters/1/call-next").json().get("trackingCode").asString();
        api.post("/api/v1/counters/1/start");
        return ticket;
    }

    private String dossier(DossierStatus status) {
        String code = "000.00.23.H56-" + UUID.randomUUID().toString().substring(0, 8);
        Instant received = clock.instant().minus(Duration.ofDays(2));
        recordProvinceDossiers.record(List.of(new ProvinceDossier(code, "1.001193", "Trần Thị Bình", null, received,
                received.plus(Duration.ofDays(7)), status, null, null, null)), Actor.SYSTEM);
        return code;
    }

    private static String path(String code) {
        return "/api/v1/dossiers/" + code + "/visits";
    }

    private static String body(String ticket, String purpose) {
        return "{\"ticket\":\"" + ticket + "\",\"purpose\":\"" + purpose + "\"}";
    }
}
