package vn.motcua.screens;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** A page that says why the screen asked for is not shown, in words, with the links that lead on from there. */
final class WayBack extends Div {

    WayBack(String title, String why) {
        addClassNames("admin", "way-back");
        add(new H1(title), new Paragraph(why));
    }

    /** Adds a way on: a link with an id for tests and for the eye (the first is the main one). */
    WayBack link(String id, String href, String text) {
        Anchor link = new Anchor(href, text);
        link.setId(id);
        link.addClassName("home-link");
        add(link);
        return this;
    }
}
