package vn.motcua.screens;

import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.motcua.Callers;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;

/** A screen in the test JVM, on the real application and database, without a browser. */
@ServerTest
abstract class ScreenTest extends SpringBrowserlessTest {

    @Autowired
    QueueTestData data;
    @Autowired
    Callers callers;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    @AfterEach
    void nobodySignedIn() {
        callers.anonymous();
    }

    /** The text of the one span with this class name in the current view. */
    String spanText(String className) {
        return find(Span.class).withClassName(className).single().getText();
    }

    /** Everything the current view shows as text. */
    String viewText() {
        return ((Component) getCurrentView()).getElement().getTextRecursively();
    }

    /** Waits for an update pushed from another thread (the live-updates broadcaster) to reach this UI. */
    void awaitPushed(Runnable assertion) {
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            // The test thread holds the session lock, so pushed updates wait in the session's queue: run them.
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
            assertion.run();
        });
    }
}
