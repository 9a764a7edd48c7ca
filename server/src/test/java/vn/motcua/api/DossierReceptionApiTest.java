package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.api.Api.Reply;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.security.DemoAccess;

/** POST /api/v1/dossiers over HTTP: the day's codes, the visit linked, the papers ticked, and what it refuses. */
class DossierReceptionApiTest extends RunningApiTest {

    @Autowired
    MutableClock clock;

    private Api cb01;

    @BeforeEach
    void noDossiers() {
        DossierTestData.reset(jdbc);
        cb01 = new Api(port).as(Api.person("CB01", DemoAccess.PASSWORD));
    }

    @Test
    void theSeatedOfficerReceivesFromTheTicketTheDaysCodesInTurn() {
        String ticket = servedAtCounter1();

        Reply first = cb01.post("/api/v1/dossiers", reception("1.004873", ticket, true, "[0,1]"));
        Reply second = cb01.post("/api/v1/dossiers", "{\"procedureCode\":\"1.004873\",\"applicantName\":\"Lê Văn Cường\","
                + "\"channel\":\"POST\"}");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonNode dossier = first.json();
        assertThat(dossier.get("code").asString()).isEqualTo("000.00.23.H22-261123-0001");
        assertThat(first.location()).isEqualTo("/api/v1/dossiers/000.00.23.H22-261123-0001");
        assertThat(dossier.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(dossier.get("holderCode").asString()).isEqualTo("CB01");
        assertThat(dossier.get("holderName").asString()).isEqualTo("Nguyễn Thị Hương");
        assertThat(Instant.parse(dossier.get("heldSince").asString())).isEqualTo(clock.instant());
        assertThat(dossier.get("applicantName").asString()).isEqualTo("Trần Thị Bình");
        assertThat(dossier.get("ownerName").asString()).isEqualTo("Trần Thị Bình");
        assertThat(dossier.get("channel").asString()).isEqualTo("IN_PERSON");
        assertThat(dossier.get("phone").asString()).isEqualTo("0913579246");
        assertThat(dossier.get("unitCode").asString()).isEqualTo("TP");
        assertThat(dossier.get("clockStopped").asBoolean()).isFalse();
        assertThat(dossier.get("result").isNull()).isTrue();
        assertThat(Instant.parse(dossier.get("dueAt").asString())).isAfter(clock.instant());
        assertThat(dossier.get("dueAtLocal").asString()).startsWith("2026-11-2");
        assertThat(dossier.get("trackingPath").asString()).matches("/hs/\\S{10,}");
        assertThat(jdbc.sql("select purpose from dossier_visit").query(String.class).list())
                .containsExactly("SUBMISSION");
        assertThat(jdbc.sql("select position_no from dossier_document order by position_no").query(Integer.class)
                .list()).containsExactly(0, 1);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().get("code").asString()).isEqualTo("000.00.23.H22-261123-0002");
        assertThat(second.json().get("channel").asString()).isEqualTo("POST");
        assertThat(second.json().get("phone").isNull()).isTrue();
        assertThat(api.get("/api/v1/dossiers/000.00.23.H22-261123-0002").json().get("applicantName").asString())
                .isEqualTo("Lê Văn Cường");
    }

    @Test
    void theCataloguePublishesThePositionsReceptionTicks() {
        JsonNode procedure = null;
        for (JsonNode each : api.get("/api/v1/procedures").json().values()) {
            if (each.get("code").asString().equals("1.004873")) {
                procedure = each;
            }
        }

        assertThat(procedure).isNotNull();
        assertThat(procedure.get("documents").get(0).get("position").asInt()).isZero();
        assertThat(procedure.get("documents").get(1).get("position").asInt()).isEqualTo(1);
    }

    @Test
    void badInputsAnswerInWordsAndWriteNothing() {
        String ticket = servedAtCounter1();
        api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");
        String waiting = api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}").json().get("trackingCode")
                .asString();

        Reply noConsent = cb01.post("/api/v1/dossiers", reception("1.004873", ticket, false, "[0]"));
        Reply noProcedure = cb01.post("/api/v1/dossiers", reception("9.999999", ticket, true, "[0]"));
        Reply noSuchPaper = cb01.post("/api/v1/dossiers", reception("1.004873", ticket, true, "[0,7]"));
        Reply notTheirs = new Api(port).as(Api.person("CB05", DemoAccess.PASSWORD))
                .post("/api/v1/dossiers", reception("1.004873", ticket, true, "[0]"));
        Reply notServed = cb01.post("/api/v1/dossiers", reception("1.004873", waiting, true, "[0]"));
        Reply manager = new Api(port).as(Api.person("giamdoc", DemoAccess.PASSWORD)).post("/api/v1/dossiers", reception("1.004873", ticket, true, "[0]"));
        Reply noChannel = cb01.post("/api/v1/dossiers", "{\"procedureCode\":\"1.004873\",\"applicantName\":\"An\"}");
        Reply fax = cb01.post("/api/v1/dossiers", reception("1.004873", ticket, true, "[0]")
                .replace("IN_PERSON", "FAX"));
        Reply broken = cb01.post("/api/v1/dossiers", "{\"procedureCode\":");

        assertProblem(noConsent, 400, "problem.dossier.consent-missing");
        assertThat(noConsent.json().get("detail").asString()).startsWith("Chỉ lưu số điện thoại");
        assertProblem(noProcedure, 404, "problem.procedure.unknown");
        assertThat(noProcedure.json().get("detail").asString()).startsWith("Không có thủ tục hành chính");
        assertProblem(noSuchPaper, 400, "problem.dossier.document-unknown");
        assertProblem(notTheirs, 403, "problem.counter.not-seated");
        assertProblem(notServed, 409, "problem.dossier.visit-closed");
        assertThat(manager.status()).isEqualTo(403);
        assertProblem(noChannel, 400, "problem.request.invalid");
        assertProblem(fax, 400, "problem.request.value");
        assertThat(fax.json().get("allowedValues").toString()).contains("IN_PERSON", "ONLINE", "POST");
        assertProblem(broken, 400, "problem.request.malformed");
        for (String table : new String[] {"dossier", "dossier_event", "dossier_visit", "dossier_document",
                "dossier_hand_off", "dossier_code_sequence"}) {
            assertThat(data.count(table)).as(table).isZero();
        }
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("code").asString()).as(reply.toString()).isEqualTo(code);
        assertThat(reply.json().get("detail").asString()).isNotBlank().doesNotStartWith("!");
    }

    private String servedAtCounter1() {
        api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");
        String ticket = api.post("/api/v1/counters/1/call-next").json().get("trackingCode").asString();
        api.post("/api/v1/counters/1/start");
        return ticket;
    }

    /** A reception of Trần Thị Bình with her phone, from the ticket, with her consent and the papers given. */
    static String reception(String procedure, String ticket, boolean consent, String documents) {
        return "{\"procedureCode\":\"" + procedure + "\",\"applicantName\":\"Trần Thị Bình\","
                + "\"applicantPhone\":\"0913579246\",\"consent\":" + consent + ",\"channel\":\"IN_PERSON\","
                + "\"ticketCode\":\"" + ticket + "\",\"documents\":" + documents + "}";
    }
}
