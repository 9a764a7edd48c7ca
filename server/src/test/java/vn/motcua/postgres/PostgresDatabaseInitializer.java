package vn.motcua.postgres;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the Spring context being started a fresh database of its own on the JVM's {@link PostgresServer},
 * and points the data source at it, ahead of every properties file (the test profile's H2 URL included).
 */
public class PostgresDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY_SOURCE = "postgresServerTest";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresServer server = PostgresServer.get();
        String database = server.createDatabase();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "spring.datasource.url", server.jdbcUrl(database),
                "spring.datasource.username", server.username(),
                "spring.datasource.password", server.password(),
                // The postgresql profile is a real center's: no demo data, real devices. The tests need the
                // demo center and the simulated printer, as on H2: only the database differs.
                "spring.flyway.locations", "classpath:db/migration,classpath:db/demo",
                "motcua.devices.simulated", "true")));
    }
}
