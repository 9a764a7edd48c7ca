package vn.motcua.archfixture.devices;

import com.vaadin.flow.component.html.Span;

/** Breaks rule d: a driver drawing a Vaadin component. */
public class DriverUsingVaadin {

    /** A component a driver must not know. */
    public Span label(String text) {
        return new Span(text);
    }
}
