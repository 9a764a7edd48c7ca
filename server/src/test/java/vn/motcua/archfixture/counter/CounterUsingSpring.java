package vn.motcua.archfixture.counter;

import org.springframework.util.StringUtils;

/** Breaks rule c: a UI class using Spring. */
public class CounterUsingSpring {

    /** Asks Spring whether there is text. */
    public boolean blank(String text) {
        return !StringUtils.hasText(text);
    }
}
