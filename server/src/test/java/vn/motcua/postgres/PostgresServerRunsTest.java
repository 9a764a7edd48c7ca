package vn.motcua.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@link PostgresServerTest} set-up really runs the application on a PostgreSQL server, not on H2. */
@PostgresServerTest
class PostgresServerRunsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;

    @Test
    void theServerIsPostgresql() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select inet_server_port()").query(Integer.class).single())
                .isEqualTo(PostgresServer.get().port());
    }

    @Test
    void theConnectionIsNotH2() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:postgresql://").doesNotContain("h2");
            assertThat(connection.getClass().getName()).doesNotContain("h2");
        }
        assertThat(environment.getActiveProfiles()).containsExactly("postgresql", "test");
    }

    @Test
    void flywayRanTheMigrationsAndTheDemoData() {
        assertThat(jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
                .query(String.class).list()).contains("1", "1000");
        // Vietnamese text survives the round trip: the database is UTF-8.
        assertThat(jdbc.sql("select name from center where id = 1").query(String.class).single())
                .isEqualTo("Trung tâm Phục vụ hành chính công xã Bình Yên");
        assertThat(jdbc.sql("select count(*) from counter").query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void theContextHasAFreshDatabaseOwnedByAnOrdinaryRole() {
        assertThat(jdbc.sql("select current_database()").query(String.class).single()).startsWith("motcua_test_");
        // As in production, the application is the owner of its database, not a superuser.
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
    }
}
