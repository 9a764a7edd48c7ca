package vn.motcua.center;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded file, written at its end on every commit, is given back its space when the server starts again. */
class EmbeddedFileCompactionTest {

    @TempDir
    Path folder;

    @Test
    void aFileGrownByCommitsIsCompactedBeforeThePoolOpensItAndKeepsItsRows() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("motcua") + ";WRITE_DELAY=0;REUSE_SPACE=FALSE";
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var statement = connection.createStatement()) {
            statement.execute("create table visit (id int primary key, note varchar(100))");
            for (int i = 0; i < 2_000; i++) {
                statement.execute("insert into visit values (" + i + ", 'khách số " + i + "')");
            }
        }
        Path file = folder.resolve("motcua.mv.db");
        long grown = Files.size(file);

        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url);
            pool.setUsername("sa");
            pool.setPassword("");
            EmbeddedFileCompaction.compactEmbeddedFileAtStart().postProcessAfterInitialization(pool, "dataSource");
            assertThat(Files.size(file)).as("compacted from %d bytes", grown).isLessThan(grown / 4);
            try (var connection = pool.getConnection(); var count = connection.createStatement()
                    .executeQuery("select count(*) from visit")) {
                count.next();
                assertThat(count.getInt(1)).isEqualTo(2_000);
            }
        }
    }

    @Test
    void onlyAnEmbeddedFileIsCompacted() {
        assertThat(EmbeddedFileCompaction.isEmbeddedFile("jdbc:h2:file:./data/motcua;WRITE_DELAY=0")).isTrue();
        assertThat(EmbeddedFileCompaction.isEmbeddedFile("jdbc:postgresql://localhost:5432/motcua")).isFalse();
        assertThat(EmbeddedFileCompaction.isEmbeddedFile("jdbc:h2:mem:test")).isFalse();
        assertThat(EmbeddedFileCompaction.isEmbeddedFile(null)).isFalse();
    }
}
