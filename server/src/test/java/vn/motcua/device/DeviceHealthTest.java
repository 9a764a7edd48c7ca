package vn.motcua.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.queue.PriorityCategory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.OperationsHttp;
import vn.motcua.OperationsHttp.Answer;
import vn.motcua.OperationsTest;
import vn.motcua.security.DemoAccess;

/** /actuator/health as a monitor reads it while the LED boards' bus is unplugged and the printers are off. */
@OperationsTest
class DeviceHealthTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TicketPrinting printing;

    OperationsHttp http;

    @BeforeEach
    void monitor() {
        http = new OperationsHttp(port);
    }

    @Test
    void healthIsOpenWithoutSignInAndShowsOnlyTheStatus() {
        Answer health = http.get("/actuator/health");

        assertThat(health.status()).as(health.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.get("status").asString()).isEqualTo("UP");
        // The names of the groups one may ask for, and nothing of any part: no components, no details.
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("status", "groups");
        assertThat(body.get("groups").values().stream().map(JsonNode::asString))
                .contains("database", "devices");
    }

    @Test
    void anUnpluggedBusLeavesTheServerUpAndShowsInTheDevicesGroup() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(http.get("/actuator/health/devices").body()).contains("\"OFFLINE\""));

        assertThat(http.get("/actuator/health").status()).isEqualTo(200);
        Answer devices = http.get("/actuator/health/devices");
        assertThat(devices.status()).as("a monitor that checks the status code sees it").isEqualTo(503);
        assertThat(devices.body()).as("anonymous: the status only").isEqualTo("{\"status\":\"OFFLINE\"}");
        Answer forManager = http.asPerson("/actuator/health/devices", "giamdoc", DemoAccess.PASSWORD);
        assertThat(forManager.body()).contains("displayBus", OperationsTest.UNPLUGGED_PORT, "keyBus");
        assertThat(http.asPerson("/actuator/health", "giamdoc", DemoAccess.PASSWORD).body())
                .as("the root names its parts for a manager, devices down and all")
                .contains("\"components\"", "\"status\":\"UP\"", "\"db\"", "\"OFFLINE\"");
    }

    @Test
    void aSwitchedOffPrinterIsFoundAtItsFirstTicketAndLeavesTheServerUp() {
        String before = http.asPerson("/actuator/health/devices", "admin", DemoAccess.PASSWORD).body();
        assertThat(before).as("nothing known before the first ticket")
                .contains("\"kioskPrinter\":{\"details\":{\"link\":\"printer " + OperationsTest.SWITCHED_OFF_PRINTER)
                .contains("counter 2", "UNKNOWN");

        PrintOutcome outcome = printing.print(new TicketPaper("A001", "Hộ tịch", PriorityCategory.NONE,
                Instant.parse("2026-11-23T00:30:00Z"), 0, 0, "http://qr.test/t/x", null, null));

        assertThat(outcome.printed()).isFalse();
        String after = http.asPerson("/actuator/health/devices", "admin", DemoAccess.PASSWORD).body();
        assertThat(after).containsPattern("\"kioskPrinter\":\\{\"details\":\\{[^}]*\"problem\"[^}]*\\},\"status\":\"OFFLINE\"");
        assertThat(http.get("/actuator/health").status()).isEqualTo(200);
        assertThat(http.get("/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void theScreensWaitingPageMayReadTheHealthFromItsLocalFile() {
        Answer health = http.fromLocalFile("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.allowedOrigin()).isIn("*", "null");
    }

    @Test
    void theDatabaseHasAGroupOfItsOwn() {
        Answer db = http.get("/actuator/health/database");

        assertThat(db.status()).isEqualTo(200);
        assertThat(db.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void anOfficerSeesNoDetailsAndWrongPasswordsAreRefusedInWords() {
        assertThat(http.asPerson("/actuator/health/devices", "CB01", DemoAccess.PASSWORD).body())
                .isEqualTo("{\"status\":\"OFFLINE\"}");
        Answer wrong = http.asPerson("/actuator/health", "giamdoc", "wrong-password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(http.get("/actuator/env").status()).as("only health and metrics are exposed").isIn(401, 404);
    }
}
