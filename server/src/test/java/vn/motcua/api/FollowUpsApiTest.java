package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.motcua.api.Api.Reply;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.security.DemoAccess;

/**
 * Follow-ups over HTTP: CB04 of Kinh tế is rated "không hài lòng" at counter 4; CB02, head of Kinh tế, lists it,
 * records contact and the resolution; the head of another unit may not; the director sees every one.
 */
class FollowUpsApiTest extends RunningApiTest {

    @Autowired
    GiveRating giveRating;

    private long id;

    @BeforeEach
    void cb04RatedDissatisfied() {
        jdbc.sql("insert into user_account (username, password_hash, role, full_name, officer_id, unit_id)"
                + " select 'head-vhxh', a.password_hash, 'UNIT_HEAD', o.full_name, o.id, o.unit_id"
                + " from officer o, user_account a where o.code = 'CB05' and a.username = 'CB02'"
                + " and not exists (select 1 from user_account where username = 'head-vhxh')").update();
        api.post("/api/v1/tickets", "{\"serviceCode\":\"XD-GP\"}");
        api.post("/api/v1/counters/4/call-next");
        api.post("/api/v1/counters/4/finish");
        giveRating.rate(4, RatingLevel.UNSATISFIED);
        Reply list = person("CB02").get("/api/v1/follow-ups");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        id = list.json().get(0).get("id").asLong();
    }

    /** Other tests of this context know VHXH without a head. */
    @AfterEach
    void noHeadOfVhxh() {
        jdbc.sql("delete from user_account where username = 'head-vhxh'").update();
    }

    @Test
    void theHeadOfTheUnitListsContactsAndResolves() {
        JsonNode line = person("CB02").get("/api/v1/follow-ups").json().get(0);
        assertThat(line.get("officerName").asString()).isEqualTo("Phạm Thu Trang");
        assertThat(line.get("unitName").asString()).isEqualTo("Phòng Kinh tế");
        assertThat(line.get("counter").asInt()).isEqualTo(4);
        assertThat(line.get("level").asString()).isEqualTo("UNSATISFIED");
        assertThat(line.get("service").asString()).isEqualTo("Cấp giấy phép xây dựng nhà ở riêng lẻ");
        assertThat(line.get("late").asBoolean()).isFalse();

        Reply contact = person("CB02").post("/api/v1/follow-ups/" + id + "/contact",
                "{\"note\":\"Gọi điện lúc 9 giờ, bà phàn nàn phải chờ lâu\"}");
        assertThat(contact.status()).as(contact.toString()).isEqualTo(200);
        assertThat(contact.json().get("contactNote").asString()).isEqualTo("Gọi điện lúc 9 giờ, bà phàn nàn phải chờ lâu");
        Reply resolved = person("CB02").post("/api/v1/follow-ups/" + id + "/resolution",
                "{\"text\":\"Đã xin lỗi và hướng dẫn lại\"}");
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().get("resolvedBy").asString()).isEqualTo("CB02");

        Reply again = person("CB02").post("/api/v1/follow-ups/" + id + "/resolution", "{\"text\":\"Lần nữa nhé\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("problem.follow-up.resolved");
        assertThat(person("CB02").get("/api/v1/follow-ups").json().size()).isZero();
        assertThat(person("CB02").get("/api/v1/follow-ups?open=false").json().get(0).get("resolution").asString())
                .isEqualTo("Đã xin lỗi và hướng dẫn lại");
    }

    @Test
    void anotherUnitsHeadNeitherSeesNorActsAndAnOfficerIsRefused() {
        Api other = person("head-vhxh");
        assertThat(other.get("/api/v1/follow-ups").json().size()).isZero();
        Reply refused = other.post("/api/v1/follow-ups/" + id + "/contact", "{\"note\":\"Gọi điện\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("problem.follow-up.not-yours");
        assertThat(person("CB04").get("/api/v1/follow-ups").status()).isEqualTo(403);
        assertThat(person("giamdoc").get("/api/v1/follow-ups").json().size()).isEqualTo(1);
        Reply unknown = person("giamdoc").post("/api/v1/follow-ups/999999/resolution", "{\"text\":\"Đã xử lý\"}");
        assertThat(unknown.status()).isEqualTo(404);
        Reply shortText = person("giamdoc").post("/api/v1/follow-ups/" + id + "/resolution", "{\"text\":\"ok\"}");
        assertThat(shortText.status()).isEqualTo(400);
        assertThat(shortText.json().get("code").asString()).isEqualTo("problem.follow-up.resolution");
        assertThat(shortText.json().get("detail").asString()).contains("5", "2000");
    }

    private Api person(String username) {
        return new Api(port).as(Api.person(username, DemoAccess.PASSWORD));
    }
}
