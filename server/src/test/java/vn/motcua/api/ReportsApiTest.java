package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.api.Api.Reply;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.RatingLevel;

class ReportsApiTest extends RunningApiTest {

    @Autowired
    MutableClock clock;
    @Autowired
    GiveRating giveRating;

    @Test
    void anOfficersScorecardForADay() {
        take("HT-KS");
        take("HT-KS");
        clock.advance(Duration.ofMinutes(6));
        api.post("/api/v1/counters/1/call-next");
        api.post("/api/v1/counters/1/start");
        clock.advance(Duration.ofMinutes(4));
        api.post("/api/v1/counters/1/call-next");
        giveRating.rate(1, RatingLevel.SATISFIED);
        clock.advance(Duration.ofMinutes(2));
        api.post("/api/v1/counters/1/transfer", "{\"serviceCode\":\"DD-GCN\"}");

        Reply reply = api.get("/api/v1/reports/scorecard?officer=CB01&day=2026-11-23");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode card = reply.json();
        assertThat(card.get("officer").get("code").asString()).isEqualTo("CB01");
        assertThat(card.get("officer").get("fullName").asString()).isEqualTo("Nguyễn Thị Hương");
        assertThat(card.get("unit").asString()).isEqualTo("Phòng Tư pháp – Hộ tịch");
        assertThat(card.get("period").asString()).isEqualTo("DAY");
        assertThat(card.get("from").asString()).isEqualTo("2026-11-23");
        assertThat(card.get("to").asString()).isEqualTo("2026-11-23");
        assertThat(card.get("ticketsServed").asLong()).isEqualTo(2);
        // A001 waited 6 minutes, A002 10; A001 was with the officer 4 minutes, A002 2 before the transfer.
        assertThat(card.get("averageWaitSeconds").asLong()).isEqualTo(480);
        assertThat(card.get("averageServiceSeconds").asLong()).isEqualTo(180);
        assertThat(card.get("noShows").asLong()).isZero();
        assertThat(card.get("transfers").asLong()).isEqualTo(1);
        assertThat(card.get("ratings").propertyNames()).containsExactly("VERY_SATISFIED", "SATISFIED", "NEUTRAL",
                "UNSATISFIED", "VERY_UNSATISFIED");
        assertThat(card.get("ratings").get("SATISFIED").asLong()).isEqualTo(1);
        assertThat(card.get("ratingsTotal").asLong()).isEqualTo(1);
        assertThat(card.get("satisfiedPercent").asDouble()).isEqualTo(100.0);
        assertThat(card.get("days").values()).as("a day is not broken down").isEmpty();

        JsonNode month = api.get("/api/v1/reports/scorecard?officer=CB01&month=2026-11").json();
        assertThat(month.get("ticketsServed").asLong()).isEqualTo(2);
        assertThat(month.get("days").values()).singleElement().satisfies(day -> {
            assertThat(day.get("day").asString()).isEqualTo("2026-11-23");
            assertThat(day.get("ticketsServed").asLong()).isEqualTo(2);
            assertThat(day.get("averageWaitSeconds").asLong()).isEqualTo(480);
            assertThat(day.get("transfers").asLong()).isEqualTo(1);
            assertThat(day.get("ratings").get("SATISFIED").asLong()).isEqualTo(1);
        });
    }

    @Test
    void aMonthWithNothingDoneHasNoAverages() {
        Reply reply = api.get("/api/v1/reports/scorecard?officer=cb05&month=2026-11");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode card = reply.json();
        assertThat(card.get("period").asString()).isEqualTo("MONTH");
        assertThat(card.get("from").asString()).isEqualTo("2026-11-01");
        assertThat(card.get("to").asString()).isEqualTo("2026-11-30");
        assertThat(card.get("ticketsServed").asLong()).isZero();
        assertThat(card.get("averageWaitSeconds").isNull()).isTrue();
        assertThat(card.get("satisfiedPercent").isNull()).isTrue();
        assertThat(card.get("days").values()).isEmpty();
    }

    @Test
    void theRequestNamesOneOfficerAndExactlyOnePeriod() {
        assertProblem(api.get("/api/v1/reports/scorecard?day=2026-11-23"), 400, "problem.report.officer");
        assertProblem(api.get("/api/v1/reports/scorecard?officer=CB01"), 400, "problem.report.period");
        assertProblem(api.get("/api/v1/reports/scorecard?officer=CB01&day=2026-11-23&month=2026-11"), 400,
                "problem.report.period");
        assertProblem(api.get("/api/v1/reports/scorecard?officer=CB01&day=23-11-2026"), 400,
                "problem.request.wrong-type");
        assertProblem(api.get("/api/v1/reports/scorecard?officer=CB01&month=2026-13"), 400,
                "problem.request.wrong-type");
        assertProblem(api.get("/api/v1/reports/scorecard?officer=CB99&day=2026-11-23"), 404,
                "problem.officer.unknown");

        Reply english = api.inLanguage("en").get("/api/v1/reports/scorecard?officer=CB01");
        assertThat(english.json().get("detail").asString()).startsWith("Choose exactly one period");
        Reply vietnamese = api.get("/api/v1/reports/scorecard?officer=CB01");
        assertThat(vietnamese.json().get("detail").asString()).startsWith("Cần chọn đúng một kỳ báo cáo");
    }

    private void take(String service) {
        assertThat(api.post("/api/v1/tickets", "{\"serviceCode\":\"" + service + "\"}").status()).isEqualTo(201);
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.json().get("code").asString()).as(reply.toString()).isEqualTo(code);
    }
}
