package vn.motcua.counter;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;

/** A counter screen in a browserless UI on fake ports: no Spring, no server, no database. */
abstract class FakePortsTest extends BrowserlessTest {

    @Override
    protected Set<Class<?>> lookupServices() {
        return Set.of(FakeScreens.class);
    }

    /** The center's language, whatever the machine running the tests speaks. */
    @BeforeEach
    void vietnamese() {
        UI.getCurrent().setLocale(CounterTexts.VIETNAMESE);
    }

    /** The text of the one span with this class name in the current view. */
    String spanText(String className) {
        return find(Span.class).withClassName(className).single().getText();
    }

    /** Everything the current view shows as text. */
    String viewText() {
        return ((Component) getCurrentView()).getElement().getTextRecursively();
    }

    /** Whether the view's own panel with this class name is visible. */
    boolean shown(String panel) {
        return ((Component) getCurrentView()).getChildren()
                .filter(child -> child instanceof HasStyle styled && styled.hasClassName(panel))
                .findFirst().orElseThrow(() -> new AssertionError("no panel " + panel)).isVisible();
    }
}
