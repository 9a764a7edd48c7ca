package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.OperationsHttp;
import vn.motcua.OperationsHttp.Answer;
import vn.motcua.OperationsTest;
import vn.motcua.QueueTestData;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.security.DemoAccess;

/** The queue's Prometheus figures after tickets are issued and called. */
@OperationsTest
class QueueMetricsTest {

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    MutableClock clock;

    OperationsHttp http;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
        http = new OperationsHttp(port);
    }

    @Test
    void ticketsIssuedWaitsAndCallsAreCounted() {
        double issuedBefore = figure(scrape(), "motcua_tickets_issued_total{service=\"A\"}");
        double waitsBefore = figure(scrape(), "motcua_ticket_wait_seconds_count{service=\"A\"}");
        double waitedBefore = figure(scrape(), "motcua_ticket_wait_seconds_sum{service=\"A\"}");
        double callsBefore = figure(scrape(), "motcua_call_latency_seconds_count");

        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("CA-CT", PriorityCategory.NONE);
        clock.advance(Duration.ofMinutes(12));
        callNext.callNext(1);

        String metrics = scrape();
        assertThat(figure(metrics, "motcua_tickets_issued_total{service=\"A\"}") - issuedBefore).isEqualTo(2);
        assertThat(figure(metrics, "motcua_ticket_wait_seconds_count{service=\"A\"}") - waitsBefore).isEqualTo(1);
        assertThat(figure(metrics, "motcua_ticket_wait_seconds_sum{service=\"A\"}") - waitedBefore)
                .as("issued at 7:30, called at 7:42").isEqualTo(720);
        assertThat(figure(metrics, "motcua_call_latency_seconds_count") - callsBefore).isEqualTo(1);
        assertThat(metrics).contains("motcua_ticket_wait_seconds_bucket{service=\"A\",le=\"900.0\"}",
                "motcua_call_latency_seconds_bucket{le=\"0.25\"}");
    }

    @Test
    void metricsAreForManagersAdminsAndTheCollectorOnly() {
        assertThat(http.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(http.asPerson("/actuator/prometheus", "CB01", DemoAccess.PASSWORD).status()).isEqualTo(403);
        assertThat(http.withBearer("/actuator/prometheus", "a-guess").status()).isEqualTo(401);
        assertThat(http.asPerson("/actuator/prometheus", "admin", DemoAccess.PASSWORD).status()).isEqualTo(200);
        Answer collector = http.withBearer("/actuator/prometheus", OperationsTest.SCRAPE_TOKEN);
        assertThat(collector.status()).isEqualTo(200);
        assertThat(collector.body()).contains("motcua_call_latency_seconds");
    }

    private String scrape() {
        Answer answer = http.asPerson("/actuator/prometheus", "giamdoc", DemoAccess.PASSWORD);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** A sample's value, 0 before its first count. */
    private static double figure(String metrics, String sample) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
