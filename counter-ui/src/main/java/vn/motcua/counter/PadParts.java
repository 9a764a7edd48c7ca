package vn.motcua.counter;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The pad's screens are built of plain blocks and texts named by their CSS class. */
final class PadParts {

    private PadParts() {
    }

    static Div div(String className) {
        Div div = new Div();
        div.addClassName(className);
        return div;
    }

    static Span span(String className) {
        Span span = new Span();
        span.addClassName(className);
        return span;
    }

    static Span span(String className, String text) {
        Span span = span(className);
        span.setText(text);
        return span;
    }
}
