package vn.motcua;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.dossier.HandlingSteps;

/** The application on a real H2 file database with the demo data and a clock the test controls. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClock.class, QueueTestData.class, Callers.class, ServedDay.class, HandlingSteps.class})
public @interface ServerTest {
}
