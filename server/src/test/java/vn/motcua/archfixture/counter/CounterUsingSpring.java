package vn.motcua.archfixture.counter;

import org.springframework.util.StringUtils;

/** Breaks rule c: a UI class using Spring. */
public class CounterUsingSpring {

    /** Trims with Spring's help. */
    public String trimmed(String text) {
        return StringUtils.trimWhitespace(text);
    }
}
