package vn.motcua.center;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Gives back the space the embedded H2 file takes while the server runs. For a ticket to survive {@code kill -9},
 * H2 writes every commit at the end of its file and never into freed space (see application.properties), so the
 * file grows by each commit until it is compacted: at every start (before the pool's first connection, which also
 * covers a server that was killed) and at every orderly stop. PostgreSQL needs none of this.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedFileCompaction {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedFileCompaction.class);

    @Bean
    static BeanPostProcessor compactEmbeddedFileAtStart() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool && isEmbeddedFile(pool.getJdbcUrl())) {
                    compact(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), "start");
                }
                return bean;
            }
        };
    }

    @Bean
    ApplicationListener<ContextClosedEvent> compactEmbeddedFileAtStop(DataSource dataSource) {
        return closed -> {
            if (dataSource instanceof HikariDataSource pool && isEmbeddedFile(pool.getJdbcUrl())
                    && !pool.isClosed()) {
                // On a connection of its own: a pooled one would be handed back to the pool after the database closed.
                compact(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), "stop");
            }
        };
    }

    static boolean isEmbeddedFile(String url) {
        return url != null && url.startsWith("jdbc:h2:file:");
    }

    private static void compact(String url, String user, String password, String when) {
        long begin = System.nanoTime();
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement()) {
            statement.execute("shutdown compact");
            log.info("Compacted the embedded database file at {} in {} ms", when, (System.nanoTime() - begin) / 1_000_000);
        } catch (SQLException failed) {
            // A new database has nothing to compact yet and an unreadable one is reported by the pool itself.
            log.warn("Could not compact the embedded database file at {}: {}", when, failed.getMessage());
        }
    }
}
