package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.api.Api.Reply;

class ApiDocsTest extends RunningApiTest {

    private static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
            Map.entry("/api/v1/services", List.of("get")),
            Map.entry("/api/v1/procedures", List.of("get")),
            Map.entry("/api/v1/tickets", List.of("post")),
            Map.entry("/api/v1/tickets/{trackingCode}", List.of("get")),
            Map.entry("/api/v1/tickets/{trackingCode}/return", List.of("post")),
            Map.entry("/api/v1/queue", List.of("get")),
            Map.entry("/api/v1/counters/{counter}/call-next", List.of("post")),
            Map.entry("/api/v1/counters/{counter}/call", List.of("post")),
            Map.entry("/api/v1/counters/{counter}/recall", List.of("post")),
            Map.entry("/api/v1/counters/{counter}/start", List.of("post")),
            Map.entry("/api/v1/counters/{counter}/finish", List.of("post")),
            Map.entry("/api/v1/counters/{counter}/no-show", List.of("post")),
            Map.entry("/api/v1/counters/{counter}/hold", List.of("post")),
            Map.entry("/api/v1/counters/{counter}/resume", List.of("post")),
            Map.entry("/api/v1/counters/{counter}/transfer", List.of("post")),
            Map.entry("/api/v1/counters/{counter}/walk-in", List.of("post")),
            Map.entry("/api/v1/counters/{counter}/second-service", List.of("post")),
            Map.entry("/api/v1/counters/{counter}/officer", List.of("put", "delete")),
            Map.entry("/api/v1/reports/scorecard", List.of("get")),
            Map.entry("/api/v1/reports/overdue", List.of("get")),
            Map.entry("/api/v1/reports/overdue.pdf", List.of("get")),
            Map.entry("/api/v1/reports/overdue.xlsx", List.of("get")),
            Map.entry("/api/v1/reports/overdue-weekly", List.of("get")),
            Map.entry("/api/v1/reports/index766", List.of("get")),
            Map.entry("/api/v1/reports/index766/dossiers", List.of("get")),
            Map.entry("/api/v1/reports/index766.xlsx", List.of("get")),
            Map.entry("/api/v1/reports/index766.csv", List.of("get")),
            Map.entry("/api/v1/reports/index766.pdf", List.of("get")),
            Map.entry("/api/v1/reports/monthly", List.of("get")),
            Map.entry("/api/v1/reports/monthly.xlsx", List.of("get")),
            Map.entry("/api/v1/reports/monthly.csv", List.of("get")),
            Map.entry("/api/v1/reports/monthly.pdf", List.of("get")),
            Map.entry("/api/v1/reports/quarterly", List.of("get")),
            Map.entry("/api/v1/reports/quarterly.xlsx", List.of("get")),
            Map.entry("/api/v1/reports/quarterly.csv", List.of("get")),
            Map.entry("/api/v1/reports/quarterly.pdf", List.of("get")),
            Map.entry("/api/v1/reports/targets", List.of("get")),
            Map.entry("/api/v1/reports/targets.xlsx", List.of("get")),
            Map.entry("/api/v1/reports/targets.csv", List.of("get")),
            Map.entry("/api/v1/reports/targets.pdf", List.of("get")),
            Map.entry("/api/v1/reports/daily", List.of("get")),
            Map.entry("/api/v1/reports/daily.xlsx", List.of("get")),
            Map.entry("/api/v1/reports/daily.csv", List.of("get")),
            Map.entry("/api/v1/reports/daily.pdf", List.of("get")),
            Map.entry("/api/v1/reports/overdue-weekly.xlsx", List.of("get")),
            Map.entry("/api/v1/reports/overdue-weekly.csv", List.of("get")),
            Map.entry("/api/v1/reports/overdue-weekly.pdf", List.of("get")),
            Map.entry("/api/v1/dossiers/{code}/marks", List.of("post")),
            Map.entry("/api/v1/dossiers/import", List.of("post")),
            Map.entry("/api/v1/dossiers/{code}/visits", List.of("post")),
            Map.entry("/api/v1/dossiers", List.of("get", "post")),
            Map.entry("/api/v1/dossiers/{code}", List.of("get")),
            Map.entry("/api/v1/dossiers/{code}/control-slip", List.of("get")),
            Map.entry("/api/v1/dossiers/late", List.of("get")),
            Map.entry("/api/v1/dossiers/due-soon", List.of("get")),
            Map.entry("/api/v1/dossiers/{code}/receipt.pdf", List.of("get")),
            Map.entry("/api/v1/dossiers/{code}/supplement.pdf", List.of("get")),
            Map.entry("/api/v1/dossiers/{code}/refusal.pdf", List.of("get")),
            Map.entry("/api/v1/dossiers/{code}/control-slip.pdf", List.of("get")),
            Map.entry("/api/v1/dossiers/{code}/hand-off", List.of("post")),
            Map.entry("/api/v1/dossiers/{code}/supplement", List.of("post")),
            Map.entry("/api/v1/dossiers/{code}/supplement/received", List.of("post")),
            Map.entry("/api/v1/dossiers/{code}/supplement/{number}/ruling", List.of("post")),
            Map.entry("/api/v1/dossiers/{code}/result", List.of("post")),
            Map.entry("/api/v1/dossiers/{code}/return", List.of("post")),
            Map.entry("/api/v1/explanations", List.of("get", "post")),
            Map.entry("/api/v1/explanations/{id}/ruling", List.of("post")),
            Map.entry("/api/v1/unit-explanations", List.of("get", "post")),
            Map.entry("/api/v1/dossiers/{code}/apology.pdf", List.of("get")),
            Map.entry("/api/v1/dossiers/{code}/apology", List.of("get", "post")),
            Map.entry("/api/v1/dossiers/{code}/apology/decision", List.of("post")),
            Map.entry("/api/v1/apologies", List.of("get")),
            Map.entry("/api/v1/apologies/missing", List.of("get")),
            Map.entry("/api/v1/violations", List.of("get", "post")),
            Map.entry("/api/v1/feedback", List.of("get", "post")),
            Map.entry("/api/v1/feedback/{code}", List.of("get")),
            Map.entry("/api/v1/feedback/published", List.of("get")),
            Map.entry("/api/v1/feedback/hotline", List.of("post")),
            Map.entry("/api/v1/feedback/{code}/answer", List.of("post")),
            Map.entry("/api/v1/feedback/{code}/publication", List.of("post")),
            Map.entry("/api/v1/feedback/{code}/assignment", List.of("post")),
            Map.entry("/api/v1/reports/feedback", List.of("get")),
            Map.entry("/api/v1/watch", List.of("get")),
            Map.entry("/api/v1/watch/actions", List.of("post")),
            Map.entry("/api/v1/tickets/{trackingCode}/contact", List.of("post", "delete")),
            Map.entry("/api/v1/dossiers/{code}/messages", List.of("get")),
            Map.entry("/api/v1/follow-ups", List.of("get")),
            Map.entry("/api/v1/follow-ups/{id}/contact", List.of("post")),
            Map.entry("/api/v1/follow-ups/{id}/resolution", List.of("post")),
            Map.entry("/api/v1/evaluations", List.of("get")),
            Map.entry("/api/v1/evaluations/{officerCode}/proposal", List.of("post")),
            Map.entry("/api/v1/evaluations/{officerCode}/decision", List.of("post")),
            Map.entry("/api/v1/reports/evaluations.xlsx", List.of("get")),
            Map.entry("/api/v1/reports/evaluations.csv", List.of("get")),
            Map.entry("/api/v1/reports/evaluations.pdf", List.of("get")),
            Map.entry("/api/v1/reports/rankings", List.of("get")),
            Map.entry("/api/v1/reports/rankings.xlsx", List.of("get")),
            Map.entry("/api/v1/reports/rankings.csv", List.of("get")),
            Map.entry("/api/v1/reports/rankings.pdf", List.of("get")),
            Map.entry("/api/v1/public/rankings", List.of("get")));

    @Test
    void theOpenApiDocumentListsEveryEndpointAndNothingElse() throws IOException {
        Reply reply = api.get("/v3/api-docs");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        // Kept for a reader who wants to see what the API publishes.
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/api-docs.json"), reply.body());
        JsonNode paths = reply.json().get("paths");
        assertThat(paths.propertyNames()).containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
        ENDPOINTS.forEach((path, methods) ->
                assertThat(paths.get(path).propertyNames()).as(path).containsExactlyInAnyOrderElementsOf(methods));
    }

    @Test
    void everyOperationHasASummaryADescriptionAndItsResponses() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");

        ENDPOINTS.forEach((path, methods) -> methods.forEach(method -> {
            JsonNode operation = paths.get(path).get(method);
            assertThat(operation.get("summary").asString()).as(path).isNotBlank();
            assertThat(operation.get("description").asString()).as(path).isNotBlank();
            assertThat(operation.get("responses").propertyNames()).as(path).isNotEmpty()
                    .allSatisfy(code -> assertThat(code).matches("[2-5]\\d\\d"));
        }));
        assertThat(paths.get("/api/v1/counters/{counter}/call-next").get("post").get("responses").propertyNames())
                .contains("200", "204", "404", "409");
        assertThat(paths.get("/api/v1/tickets").get("post").get("responses").propertyNames())
                .contains("201", "400", "404");
        assertThat(paths.get("/api/v1/counters/{counter}/finish").get("post").get("responses").get("409")
                .get("content").propertyNames()).containsExactly("application/problem+json");
    }

    @Test
    void theRecordsAreDescribedAsSchemas() {
        JsonNode schemas = new Api(port).get("/v3/api-docs").json().get("components").get("schemas");

        assertThat(schemas.propertyNames()).contains("IssueRequest", "IssuedTicketView", "TrackedTicketView",
                "TicketView", "QueueView", "ServiceView", "CounterView", "Problem");
        assertThat(schemas.get("Problem").get("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "code", "allowedValues");
        JsonNode issue = schemas.get("IssueRequest");
        assertThat(issue.get("required").values().stream().map(JsonNode::asString).toList()).contains("serviceCode");
        assertThat(issue.get("properties").get("priority").get("enum").values().stream().map(JsonNode::asString)
                .toList()).containsExactly("NONE", "ELDERLY", "DISABILITY", "PREGNANT", "WAR_INVALID");
        assertThat(schemas.get("IssuedTicketView").get("properties").propertyNames())
                .contains("id", "number", "peopleAhead", "estimatedWaitMinutes", "trackingCode");
    }

    @Test
    void theDocumentDeclaresWhatTheAnswersAre() {
        JsonNode document = new Api(port).get("/v3/api-docs").json();
        JsonNode schemas = document.get("components").get("schemas");

        // Officer or null, both valid; a local time without offset is not a date-time; instance is a relative path.
        JsonNode officer = schemas.get("CounterView").get("properties").get("officer");
        assertThat(officer.has("$ref")).isFalse();
        assertThat(officer.get("oneOf").toString()).contains("#/components/schemas/OfficerView", "\"null\"");
        JsonNode calledAtLocal = schemas.get("TicketView").get("properties").get("calledAtLocal");
        assertThat(calledAtLocal.toString()).doesNotContain("date-time").contains("pattern");
        assertThat(schemas.get("Problem").get("properties").get("instance").get("format").asString())
                .isEqualTo("uri-reference");
        JsonNode security = document.get("components").get("securitySchemes");
        assertThat(security.get("deviceToken").get("name").asString()).isEqualTo("X-Device-Token");
        assertThat(security.get("basic").get("scheme").asString()).isEqualTo("basic");
        JsonNode issue = document.get("paths").get("/api/v1/tickets").get("post");
        assertThat(issue.get("security").toString()).contains("deviceToken");
        assertThat(issue.get("responses").propertyNames()).contains("400", "401", "403", "406", "415")
                .doesNotContain("500");
    }
}
