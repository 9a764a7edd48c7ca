package vn.motcua.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL round trip with the technician's own commands: deploy/backup.sh (pg_dump) on the demo center,
 * a row changes, deploy/restore.sh (pg_restore) brings the old state back, on the tests' throw-away cluster.
 */
class PostgresBackupRoundTripTest {

    private static final String CHANGED = "Đổi sau bản sao";

    private PostgresServer server;
    private String url;

    @BeforeEach
    void aCentersDatabase() {
        server = PostgresServer.get();
        url = server.jdbcUrl(server.createDatabase());
        Flyway.configure().dataSource(url, server.username(), server.password())
                .locations("classpath:db/migration", "classpath:db/demo").outOfOrder(true).load().migrate();
    }

    @Test
    void aBackupRestoresTheStateBeforeAChange() throws Exception {
        String before = centerName();
        long services = count("center_service");

        Path backups = Files.createTempDirectory(Path.of("target"), "pg-backups");
        String file = run("backup.sh", backups).lines().reduce((first, last) -> last).orElseThrow();
        assertThat(Path.of(file)).exists().isRegularFile();
        assertThat(Path.of(file).getFileName().toString()).matches("motcua-pg-\\d{8}-\\d{6}\\.dump");

        sql("update center set name = '" + CHANGED + "'");
        sql("delete from center_service where id not in (select service_id from ticket)"
                + " and id not in (select service_id from counter_service)");
        assertThat(centerName()).isEqualTo(CHANGED);

        run("restore.sh", backups, file);

        assertThat(centerName()).isEqualTo(before);
        assertThat(count("center_service")).isEqualTo(services);
    }

    private String run(String script, Path backups, String... args) throws Exception {
        var command = new java.util.ArrayList<String>(java.util.List.of("bash", project().resolve("deploy/" + script)
                .toString()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DATABASE_URL", url);
        builder.environment().put("DATABASE_USER", server.username());
        builder.environment().put("DATABASE_PASSWORD", server.password());
        builder.environment().put("MOTCUA_BACKUP_DIRECTORY", backups.toString());
        // Not this machine's /etc/motcua/env: the test names everything itself.
        builder.environment().put("MOTCUA_ENV_READ", "yes");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(script + " ends").isTrue();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        assertThat(process.exitValue()).as(script + ": " + output).isZero();
        return output;
    }

    private String centerName() throws SQLException {
        try (Connection connection = connect();
             ResultSet row = connection.createStatement().executeQuery("select name from center")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    private long count(String table) throws SQLException {
        try (Connection connection = connect();
             ResultSet row = connection.createStatement().executeQuery("select count(*) from " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute(statement);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, server.username(), server.password());
    }

    private static Path project() {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(here.resolve("deploy"))) {
            here = here.getParent();
        }
        return here;
    }
}
