package vn.motcua.kiosk;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;

/** A visitor's screen in the test JVM on fake ports: no Spring, no database, no browser. */
abstract class KioskUiTest extends BrowserlessTest {

    final FakeKiosk kiosk = new FakeKiosk();
    final FakePhonePage phonePage = new FakePhonePage();
    final FakeDossierPage dossierPage = new FakeDossierPage();

    @BeforeEach
    void fakePortsInVietnamese() {
        FakeScreens.use(kiosk, phonePage, dossierPage);
        // The mock browser asks for the machine's language; the server greets every visitor in Vietnamese first.
        UI.getCurrent().setLocale(Locale.of("vi"));
    }

    @Override
    protected Set<Class<?>> lookupServices() {
        return Set.of(FakeScreens.class);
    }

    /** The text of the one span with this class name in the current view. */
    String spanText(String className) {
        return find(Span.class).withClassName(className).single().getText();
    }

    /** Everything the current view shows as text. */
    String viewText() {
        return ((Component) getCurrentView()).getElement().getTextRecursively();
    }

    List<String> shownServices() {
        return find(Button.class).withClassName("kiosk-service").all().stream()
                .map(button -> button.getElement().getAttribute("data-service")).toList();
    }

    Button serviceButton(String code) {
        return find(Button.class).withAttribute("data-service", code).single();
    }

    /** Waits for an update pushed from another thread (the printer's answer, the idle timer) to reach this UI. */
    void awaitPushed(Runnable assertion) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            // The test thread holds the session lock, so pushed updates wait in the session's queue: run them.
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", interrupted);
            }
        }
    }
}
