package vn.motcua.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.Callers;
import vn.motcua.QueueTestData;
import vn.motcua.TestClock;

/** The whole application on a random port with a real H2 file database, called over real HTTP. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "vaadin.devmode.liveReload.enabled=false"})
@ActiveProfiles("test")
@Import({TestClock.class, QueueTestData.class, Callers.class})
@interface ApiTest {
}
