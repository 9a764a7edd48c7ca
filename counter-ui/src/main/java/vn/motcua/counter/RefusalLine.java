package vn.motcua.counter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.function.Supplier;

/**
 * Why the control beside it was refused, in words that stay until the next attempt (not a toast that vanishes while
 * the officer reads). {@link #attempt} also keeps a double click from acting twice: the button is off while it acts.
 */
final class RefusalLine extends Span {

    RefusalLine() {
        addClassName("console-refusal-line");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** Runs the action with the button off; on a refusal shows its words here and answers null. */
    <T> T attempt(Button button, Supplier<T> action) {
        button.setEnabled(false);
        try {
            T done = action.get();
            clear();
            return done;
        } catch (CounterRefusal refused) {
            show(refused);
            return null;
        } finally {
            button.setEnabled(true);
        }
    }

    /** The same for an action with nothing to answer: true when it was done. */
    boolean attempt(Button button, Runnable action) {
        return attempt(button, () -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    void show(CounterRefusal refused) {
        setText(getTranslation(refused.messageKey()));
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
