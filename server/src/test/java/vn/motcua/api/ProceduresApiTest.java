package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.api.Api.Reply;

class ProceduresApiTest extends RunningApiTest {

    @Test
    void anyoneListsTheCatalogueWithTimesFeesPapersAndSteps() {
        Reply reply = new Api(port).get("/api/v1/procedures");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode procedures = reply.json();
        assertThat(procedures.size()).isGreaterThanOrEqualTo(16);
        JsonNode birth = procedures.get(0);
        assertThat(birth.get("code").asString()).isEqualTo("1.001193");
        assertThat(birth.get("name").asString()).isEqualTo("Đăng ký khai sinh");
        assertThat(birth.get("field").get("code").asString()).isEqualTo("TPHT");
        assertThat(birth.get("field").get("name").asString()).isEqualTo("Tư pháp – Hộ tịch");
        assertThat(birth.get("legalTime").get("unit").asString()).isEqualTo("SAME_DAY");
        assertThat(birth.get("legalTime").get("amount").asInt()).isZero();
        assertThat(birth.get("fee").get("amountVnd").isNull()).isTrue();
        assertThat(birth.get("fee").get("note").asString()).isEqualTo("Miễn lệ phí khi đăng ký đúng hạn");
        assertThat(birth.get("onTheSpot").asBoolean()).isTrue();
        assertThat(birth.get("demoValues").asBoolean()).isTrue();
        assertThat(birth.get("serviceCode").asString()).isEqualTo("HT-KS");
        assertThat(birth.get("documents").get(1).get("name").asString())
                .isEqualTo("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh");
        assertThat(birth.get("documents").get(1).get("copies").asString()).isEqualTo("01 bản chính");
        assertThat(birth.get("steps").values().stream().map(s -> s.get("kind").asString()).toList())
                .containsExactly("RECEPTION", "APPRAISAL", "SIGNATURE", "RETURN");
        assertThat(birth.get("steps").get(1).get("unit").asString()).isEqualTo("TP");
        assertThat(birth.get("steps").get(0).get("unit").isNull()).isTrue();
        assertThat(birth.get("steps").values().stream().mapToInt(s -> s.get("sharePercent").asInt()).sum())
                .isEqualTo(100);
    }

    @Test
    void aFieldFilterListsThatFieldOnlyAndAnUnknownFieldIsA404InWords() {
        JsonNode building = api.get("/api/v1/procedures?field=XD").json();
        assertThat(building.values().stream().map(p -> p.get("code").asString()).toList())
                .containsExactly("1.013225", "1.013227");
        assertThat(building.get(0).get("legalTime").get("unit").asString()).isEqualTo("WORKING_DAYS");
        assertThat(building.get(0).get("legalTime").get("amount").asInt()).isEqualTo(15);
        assertThat(building.get(0).get("fee").get("amountVnd").asLong()).isEqualTo(75000);

        Reply unknown = api.get("/api/v1/procedures?field=NOPE");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("problem.field.unknown");
        assertThat(unknown.json().get("detail").asString()).startsWith("Không có lĩnh vực mang mã này");
    }
}
