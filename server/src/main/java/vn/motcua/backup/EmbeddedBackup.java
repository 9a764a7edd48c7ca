package vn.motcua.backup;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes a consistent copy of the embedded H2 database to a zip file while the server runs: H2's {@code BACKUP TO}
 * copies the file under the database's own lock, which no other process can take while the server holds the file.
 * Restoring is unzipping it in place of the data file with the server stopped (deploy/restore.sh).
 */
@Service
public class EmbeddedBackup {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Path directory;

    EmbeddedBackup(DataSource dataSource, JdbcClient jdbc,
            @Value("${motcua.backup.directory:backups}") Path directory) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** A backup written: where, and how large. */
    public record Written(Path file, long bytes) {
    }

    /** Whether this server's database is the embedded H2 file (else PostgreSQL, backed up with pg_dump). */
    public boolean embedded() {
        return dataSource instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:h2:file:");
    }

    /** Backs the database up to a new zip in the backup folder; empty when the database is not an H2 file. */
    public Optional<Written> backUp() throws IOException {
        if (!embedded()) {
            return Optional.empty();
        }
        Files.createDirectories(directory);
        // The real time, not the center's clock, which tests and demos move: backups are sorted by when they ran.
        Path file = directory.resolve("motcua-h2-" + STAMP.format(Clock.systemUTC().instant()) + ".zip")
                .toAbsolutePath();
        long begin = System.nanoTime();
        jdbc.sql("backup to '" + file.toString().replace("'", "''") + "'").update();
        long bytes = Files.size(file);
        log.info("Backed the embedded database up to {} ({} bytes) in {} ms", file, bytes,
                (System.nanoTime() - begin) / 1_000_000);
        return Optional.of(new Written(file, bytes));
    }
}
