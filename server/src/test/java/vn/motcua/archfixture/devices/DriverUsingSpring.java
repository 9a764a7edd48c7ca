package vn.motcua.archfixture.devices;

import org.springframework.util.StringUtils;

/** Breaks rule d: a driver using Spring. */
public class DriverUsingSpring {

    /** Trims with Spring's help. */
    public String trimmed(String text) {
        return StringUtils.trimWhitespace(text);
    }
}
