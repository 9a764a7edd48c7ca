package vn.motcua;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, for real Chromium windows to open (see {@link Browser}). Vaadin's
 * development tools are off: they would float over the screens (and the screenshots) where no device shows them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "vaadin.devmode.liveReload.enabled=false"})
@ActiveProfiles("test")
@Import({TestClock.class, QueueTestData.class, Callers.class, ServedDay.class})
public @interface BrowserTest {
}
