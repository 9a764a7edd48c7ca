package vn.motcua.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.OperationsHttp;
import vn.motcua.OperationsHttp.Answer;
import vn.motcua.OperationsTest;
import vn.motcua.security.DemoAccess;

/** The H2 round trip: backup.sh has the running server back up, a row changes, restore.sh brings the old row back. */
@OperationsTest
class EmbeddedBackupRoundTripTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBackupTakenWhileTheServerRunsRestoresTheStateBeforeAChange() throws Exception {
        String before = jdbc.sql("select name from center").query(String.class).single();

        // deploy/backup.sh as the nightly timer runs it: it asks the running server, which holds the file's lock.
        ProcessBuilder backup = new ProcessBuilder("bash", project().resolve("deploy/backup.sh").toString())
                .redirectErrorStream(true);
        backup.environment().put("MOTCUA_SERVER", "http://localhost:" + port);
        backup.environment().put("MOTCUA_BACKUP_TOKEN", OperationsTest.BACKUP_TOKEN);
        backup.environment().put("MOTCUA_BACKUP_DIRECTORY", Path.of("target/test-backups").toAbsolutePath().toString());
        backup.environment().put("MOTCUA_ENV_READ", "yes");
        backup.environment().remove("DATABASE_URL");
        Process backingUp = backup.start();
        assertThat(backingUp.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String said = new String(backingUp.getInputStream().readAllBytes()).trim();
        assertThat(backingUp.exitValue()).as(said).isZero();
        Path zip = Path.of(said.lines().reduce((first, last) -> last).orElseThrow());
        assertThat(zip).exists();
        assertThat(zip.getFileName().toString()).matches("motcua-h2-\\d{8}-\\d{6}\\.zip");
        jdbc.sql("update center set name = 'Đổi sau bản sao'").update();
        try {
            assertRestoreFindsTheName(zip, before);
        } finally {
            jdbc.sql("update center set name = ?").param(before).update();
        }
    }

    private void assertRestoreFindsTheName(Path zip, String before) throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "restored-data");
        ProcessBuilder named = new ProcessBuilder("bash", project().resolve("deploy/restore.sh").toString(),
                zip.toString()).redirectErrorStream(true);
        named.environment().put("MOTCUA_DATA_DIRECTORY", data.toString());
        // Not this machine's /etc/motcua/env: the test names everything itself.
        named.environment().put("MOTCUA_ENV_READ", "yes");
        Process restored = named.start();
        assertThat(restored.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(restored.getInputStream().readAllBytes());
        assertThat(restored.exitValue()).as(output).isZero();

        Path file = Files.list(data).filter(p -> p.toString().endsWith(".mv.db")).findFirst().orElseThrow();
        String name = file.toAbsolutePath().toString().replaceAll("\\.mv\\.db$", "");
        String url = "jdbc:h2:file:" + name + ";ACCESS_MODE_DATA=r";
        try (var connection = DriverManager.getConnection(url, "sa", "");
             ResultSet row = connection.createStatement().executeQuery("select name from center")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(before).isNotEqualTo("Đổi sau bản sao");
        }
    }

    @Test
    void onlyAdminsAndTheBackupTimerMayAskForABackup() {
        OperationsHttp http = new OperationsHttp(port);

        Answer timer = http.post("/actuator/backup", OperationsHttp.bearer(OperationsTest.BACKUP_TOKEN));
        assertThat(timer.status()).as(timer.body()).isEqualTo(201);
        assertThat(timer.body()).contains("\"file\":", "\"bytes\":");
        assertThat(http.post("/actuator/backup", null).status()).isEqualTo(401);
        assertThat(http.post("/actuator/backup", OperationsHttp.basic("giamdoc", DemoAccess.PASSWORD)).status())
                .isEqualTo(403);
        assertThat(http.post("/actuator/backup", OperationsHttp.bearer(OperationsTest.SCRAPE_TOKEN)).status())
                .as("the metrics token is not the backup token").isEqualTo(403);
        assertThat(http.post("/actuator/backup", OperationsHttp.basic("admin", DemoAccess.PASSWORD)).status())
                .isEqualTo(201);
    }

    private static Path project() {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(here.resolve("deploy"))) {
            here = here.getParent();
        }
        return here;
    }
}
