package vn.motcua.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.motcua.QueueTestData;
import vn.motcua.TestClock;
import vn.motcua.dossier.HandlingSteps;

/**
 * The application as {@link vn.motcua.ServerTest} sets it up, but on a real PostgreSQL server (see
 * {@link PostgresServer}) with the {@code postgresql} and {@code test} profiles: each Spring test context gets a
 * fresh database, migrated by Flyway with the demo data. On a subclass of an {@code @ServerTest} class it replaces
 * the H2 set-up, so the same scenarios run on both databases.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles(value = {"postgresql", "test"}, inheritProfiles = false)
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
@Import({TestClock.class, QueueTestData.class, HandlingSteps.class})
public @interface PostgresServerTest {
}
