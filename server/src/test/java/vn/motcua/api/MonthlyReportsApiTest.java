package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.report.MonthlyReportData;
import vn.motcua.security.DemoAccess;

/**
 * The monthly report, the quarterly report and the targets over HTTP on the hand-built October of {@link
 * MonthlyReportData}: the figures, a head's own unit, the refusals, and the document naming their shapes.
 */
class MonthlyReportsApiTest extends RunningApiTest {

    @BeforeEach
    void october() {
        MonthlyReportData.clean(jdbc, data);
        new MonthlyReportData(jdbc, data).write();
    }

    @AfterEach
    void clean() {
        MonthlyReportData.clean(jdbc, data);
    }

    @Test
    void theManagerReadsTheMonthTheQuarterAndTheTargets() {
        JsonNode month = api.get("/api/v1/reports/monthly?month=2026-10").json();
        assertThat(month.get("center").get("received").asInt()).isEqualTo(6);
        JsonNode kt = unit(month, "Phòng Kinh tế");
        assertThat(kt.get("overdueAtReception").asInt()).isEqualTo(1);
        assertThat(kt.get("returnedSeveralTimes").asInt()).isEqualTo(1);
        assertThat(kt.get("averageWaitMinutes").asDouble()).isEqualTo(20.0);
        assertThat(kt.get("ratings").get("NEUTRAL").asInt()).isEqualTo(1);
        assertThat(absent(unit(month, "Công an xã"), "satisfiedPercent")).as("nobody rated").isTrue();

        JsonNode quarter = api.get("/api/v1/reports/quarterly?month=2026-11").json();
        assertThat(quarter.get("quarter").asString()).isEqualTo("2026-Q4");
        assertThat(quarter.get("months").values()).hasSize(3);
        assertThat(unit(quarter.get("whole"), "Phòng Kinh tế").get("returnedByFault").asInt()).isEqualTo(3);

        JsonNode targets = api.get("/api/v1/reports/targets?month=2026-10").json();
        JsonNode reuse = targets.get("targets").get(5);
        assertThat(reuse.get("code").asString()).isEqualTo("REUSE");
        assertThat(reuse.get("status").asString()).isEqualTo("NOT_RECORDED");
        assertThat(absent(reuse, "value")).as("never a made-up 0%").isTrue();
        assertThat(reuse.get("result").asString()).isEqualTo("Chưa ghi nhận ở đây");
        assertThat(targets.get("targets").get(0).get("value").asDouble()).isEqualTo(50.0);
        assertThat(api.get("/api/v1/reports/targets?quarter=2026-Q4").json().get("from").asString())
                .isEqualTo("2026-10-01");
    }

    @Test
    void aHeadReadsTheirUnitAloneAndIsRefusedAnother() {
        Api head = new Api(port).as(Api.person("CB02", DemoAccess.PASSWORD));
        JsonNode month = head.get("/api/v1/reports/monthly?month=2026-10").json();
        assertThat(month.get("units").values()).hasSize(1);
        assertThat(month.get("center").get("name").asString()).isEqualTo("Phòng Kinh tế");
        Api.Reply other = head.get("/api/v1/reports/quarterly.csv?quarter=2026-Q4&unit=TP");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.isProblem()).isTrue();
    }

    @Test
    void aBadPeriodIsRefusedInWords() {
        for (String bad : new String[] {"/monthly?month=2026-13", "/monthly", "/quarterly?quarter=2026-Q5",
                "/quarterly?quarter=2026-Q4&month=2026-11", "/targets.pdf?month=1999-12", "/monthly.xlsx?month=x"}) {
            Api.Reply reply = api.get("/api/v1/reports" + bad);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.isProblem()).as(bad).isTrue();
            assertThat(reply.json().get("code").asString()).as(bad).startsWith("problem.monthly.");
        }
    }

    @Test
    void theDocumentNamesTheShapesApartFromTheOtherReports() {
        JsonNode schemas = api.get("/v3/api-docs").json().get("components").get("schemas");
        assertThat(schemas.get("MonthlyReportRow").get("properties").has("overdueAtReception")).isTrue();
        assertThat(schemas.get("TargetLine").get("properties").has("status")).isTrue();
        assertThat(schemas.get("QuarterlyReportView").get("properties").has("months")).isTrue();
    }

    private static boolean absent(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull();
    }

    private static JsonNode unit(JsonNode report, String name) {
        for (JsonNode row : report.get("units").values()) {
            if (row.get("name").asString().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No unit " + name);
    }
}
