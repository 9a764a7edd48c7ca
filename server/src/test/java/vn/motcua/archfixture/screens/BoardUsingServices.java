package vn.motcua.archfixture.screens;

import com.vaadin.flow.component.html.Div;
import vn.motcua.archfixture.queue.QueueFacts;

/** Keeps rule a: a screen asking the queue's public face. */
public class BoardUsingServices extends Div {

    /** Shows how many tickets wait. */
    public BoardUsingServices(QueueFacts queue) {
        setText(String.valueOf(queue.waiting()));
    }
}
