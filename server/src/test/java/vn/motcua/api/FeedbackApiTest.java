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
 * Feedback over HTTP: a citizen sends it anonymously about the visit CB01 (Tư pháp) served and follows it by its code;
 * staff read the desk as far as their role reaches; the director answers, publishes and reads the on-time figure.
 *
 * <p>By hand: sent Monday 23/11/2026 07:30, ten working days after it (the day itself not counted) are 24, 25, 26, 27,
 * 30/11, 1, 2, 3, 4 and Monday 7/12: due 7/12/2026 17:00 local, 10:00 UTC.
 */
class FeedbackApiTest extends RunningApiTest {

    private static final String TEXT = "Cán bộ quầy 1 nói trống không";

    private String ticket;

    @BeforeEach
    void aVisitServedAtCounterOne() {
        DossierTestData.reset(jdbc);
        data.setting("feedback_days", 10);
        jdbc.sql("update center set denunciation_to = null").update();
        api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}");
        ticket = api.post("/api/v1/counters/1/call-next").json().get("trackingCode").asString();
    }

    @Test
    void anAnonymousCitizenGetsTheCodeAndTheDeadlineAndFollowsIt() {
        Reply sent = new Api(port).post("/api/v1/feedback", feedback("ATTITUDE"));

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String code = sent.json().get("code").asString();
        assertThat(code).matches("PA-[A-HJKMNP-Z2-9]{8}");
        assertThat(sent.location()).endsWith("/api/v1/feedback/" + code);
        assertThat(sent.json().get("kind").asString()).isEqualTo("FEEDBACK");
        assertThat(sent.json().get("answerDueAt").asString()).isEqualTo("2026-12-07T10:00:00Z");
        assertThat(sent.json().get("answerDueAtLocal").asString()).isEqualTo("2026-12-07T17:00:00");

        Reply followed = new Api(port).get("/api/v1/feedback/" + code.toLowerCase());
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.json().get("state").asString()).isEqualTo("RECEIVED");
        assertThat(followed.json().get("category").asString()).isEqualTo("ATTITUDE");
        assertThat(followed.json().get("answer").isNull()).isTrue();
        assertThat(followed.body()).doesNotContain("0912", "CB01", "Nguyễn Thị Hương");
        assertThat(jdbc.sql("select channel from feedback where code = ?").param(code).query(String.class).single())
                .isEqualTo("API");
    }

    @Test
    void anUnknownCategoryIsRefusedListingTheAllowedOnesAndAnUnknownTicketIsNotFound() {
        Reply unknown = new Api(port).post("/api/v1/feedback", feedback("BRIBE"));
        Reply noTicket = new Api(port).post("/api/v1/feedback", feedback("DELAY").replace(ticket, "nosuchcode42"));
        Reply shortText = new Api(port).post("/api/v1/feedback", "{\"category\":\"DELAY\",\"text\":\"Dạ\"}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(values(unknown.json().get("allowedValues"))).containsExactly("ATTITUDE", "DELAY",
                "ASKED_FOR_MONEY", "WRONG_GUIDANCE", "FACILITIES", "OTHER");
        assertThat(noTicket.status()).isEqualTo(404);
        assertThat(noTicket.json().get("code").asString()).isEqualTo("problem.feedback.ticket-unknown");
        assertThat(shortText.status()).isEqualTo(400);
        assertThat(shortText.json().get("detail").asString()).contains("5", "2000");
        assertThat(data.count("feedback")).isZero();
    }

    @Test
    void staffReadTheDeskAsFarAsTheirRoleReachesAndADenunciationOnlyTheManagers() {
        String feedback = new Api(port).post("/api/v1/feedback", feedback("DELAY")).json().get("code").asString();
        String denunciation = new Api(port).post("/api/v1/feedback", feedback("ASKED_FOR_MONEY")).json().get("code")
                .asString();

        JsonNode director = person("giamdoc").get("/api/v1/feedback?open=true").json();
        assertThat(codes(director)).containsExactlyInAnyOrder(feedback, denunciation);
        JsonNode first = director.get(0);
        assertThat(first.get("contact").asString()).isEqualTo("0912 345 678");
        assertThat(first.get("officerCode").asString()).isEqualTo("CB01");
        JsonNode admin = person("admin").get("/api/v1/feedback").json();
        assertThat(codes(admin)).containsExactly(feedback);
        assertThat(admin.get(0).get("contact").isNull()).as("administrators read feedback, not who sent it").isTrue();
        assertThat(admin.get(0).get("unitCode").asString()).isEqualTo("TP");
        assertThat(codes(person("CB02").get("/api/v1/feedback").json())).as("head of another unit").isEmpty();
        assertThat(codes(person("CB01").get("/api/v1/feedback").json())).as("the officer named").isEmpty();
        assertThat(person("CB02").post("/api/v1/feedback/" + denunciation + "/answer", "{\"text\":\"Không có\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void theDirectorAnswersPublishesAndTheFigureCountsIt() {
        String code = new Api(port).post("/api/v1/feedback", feedback("WRONG_GUIDANCE")).json().get("code")
                .asString();
        Api director = person("giamdoc");

        Reply answered = director.post("/api/v1/feedback/" + code + "/answer",
                "{\"text\":\"Trung tâm đã hướng dẫn lại đầy đủ giấy tờ\"}");
        Reply again = director.post("/api/v1/feedback/" + code + "/answer", "{\"text\":\"Trả lời lần hai\"}");
        Reply withPhone = director.post("/api/v1/feedback/" + code + "/publication",
                "{\"question\":\"Công dân 0912 345 678 phản ánh\",\"answer\":\"Đã hướng dẫn lại\"}");
        Reply published = director.post("/api/v1/feedback/" + code + "/publication",
                "{\"question\":\"Công dân phản ánh được hướng dẫn sai\",\"answer\":\"Đã hướng dẫn lại\"}");

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().get("state").asString()).isEqualTo("ANSWERED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(withPhone.status()).isEqualTo(400);
        assertThat(withPhone.json().get("code").asString()).isEqualTo("problem.feedback.personal-data");
        assertThat(published.status()).isEqualTo(200);
        assertThat(jdbc.sql("select recipient from outbox_message where subject_kind = 'FEEDBACK' and subject_ref = ?")
                .param(code).query(String.class).list()).containsExactly("0912345678");
        JsonNode list = new Api(port).get("/api/v1/feedback/published").json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("question").asString()).isEqualTo("Công dân phản ánh được hướng dẫn sai");
        assertThat(list.toString()).doesNotContain(code, "0912", TEXT);
        JsonNode followed = new Api(port).get("/api/v1/feedback/" + code).json();
        assertThat(followed.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(followed.get("answer").asString()).isEqualTo("Trung tâm đã hướng dẫn lại đầy đủ giấy tờ");
        JsonNode figure = director.get("/api/v1/reports/feedback?from=2026-11-01&to=2026-12-31").json();
        assertThat(figure.get("due").asLong()).isEqualTo(1);
        assertThat(figure.get("onTime").asLong()).isEqualTo(1);
        assertThat(figure.get("percent").asInt()).isEqualTo(100);
        assertThat(director.get("/api/v1/reports/feedback?from=2026-10-01&to=2026-10-31").json().get("percent")
                .isNull()).isTrue();
    }

    @Test
    void anOfficerWritesDownAHotlineCallAndReadsItButDoesNotAnswerIt() {
        Reply recorded = person("CB05").post("/api/v1/feedback/hotline", feedback("FACILITIES"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().get("channel").asString()).isEqualTo("HOTLINE");
        assertThat(recorded.json().get("recordedBy").asString()).isEqualTo("CB05");
        String code = recorded.json().get("code").asString();
        assertThat(codes(person("CB05").get("/api/v1/feedback").json())).containsExactly(code);
        Reply answered = person("CB05").post("/api/v1/feedback/" + code + "/answer", "{\"text\":\"Đã sửa xong\"}");
        assertThat(answered.status()).isEqualTo(403);
        assertThat(answered.json().get("code").asString()).isEqualTo("problem.feedback.not-yours");
    }

    @Test
    void theDirectorAssignsKioskFeedbackToKinhTeWhoseHeadThenAnswersIt() {
        String code = new Api(port).post("/api/v1/feedback", "{\"category\":\"FACILITIES\",\"text\":\"" + TEXT
                + "\"}").json().get("code").asString();
        String denunciation = new Api(port).post("/api/v1/feedback", "{\"category\":\"ASKED_FOR_MONEY\","
                + "\"text\":\"" + TEXT + "\"}").json().get("code").asString();
        Api director = person("giamdoc");
        String path = "/api/v1/feedback/" + code + "/assignment";
        assertThat(codes(person("CB02").get("/api/v1/feedback").json())).as("with no unit yet").isEmpty();

        Reply byHead = person("CB02").post(path, "{\"unitCode\":\"KT\"}");
        Reply byAdmin = person("admin").post(path, "{\"unitCode\":\"KT\"}");
        Reply noUnit = director.post(path, "{\"note\":\"Khu chờ\"}");
        Reply unknownUnit = director.post(path, "{\"unitCode\":\"XX\"}");
        Reply ofDenunciation = director.post("/api/v1/feedback/" + denunciation + "/assignment",
                "{\"unitCode\":\"KT\"}");
        Reply assigned = director.post(path, "{\"unitCode\":\"kt\",\"note\":\"Khu chờ tầng 1\"}");
        Reply again = director.post(path, "{\"unitCode\":\"KT\"}");

        assertThat(byHead.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(byAdmin.json().get("code").asString()).isEqualTo("problem.feedback.assign-managers");
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.json().get("code").asString()).isEqualTo("problem.feedback.unit-missing");
        assertThat(unknownUnit.status()).isEqualTo(404);
        assertThat(unknownUnit.json().get("code").asString()).isEqualTo("problem.feedback.unit-unknown");
        assertThat(ofDenunciation.status()).isEqualTo(409);
        assertThat(ofDenunciation.json().get("code").asString()).isEqualTo("problem.feedback.denunciation-unassigned");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().get("unitCode").asString()).isEqualTo("KT");
        assertThat(assigned.json().get("unitName").asString()).isEqualTo("Phòng Kinh tế");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("problem.feedback.assigned-already");
        assertThat(codes(person("CB02").get("/api/v1/feedback").json())).containsExactly(code);
        Reply answered = person("CB02").post("/api/v1/feedback/" + code + "/answer",
                "{\"text\":\"Trung tâm đã bổ sung ghế ở khu chờ\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(director.post(path, "{\"unitCode\":\"TP\"}").json().get("code").asString())
                .isEqualTo("problem.feedback.answered");
    }

    private String feedback(String category) {
        return "{\"category\":\"" + category + "\",\"text\":\"" + TEXT + "\",\"contact\":\"0912 345 678\","
                + "\"ticketCode\":\"" + ticket + "\"}";
    }

    private Api person(String username) {
        return new Api(port).as(Api.person(username, DemoAccess.PASSWORD));
    }

    private static List<String> codes(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(each -> each.get("code").asString()).toList();
    }

    private static List<String> values(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
