package vn.motcua.archfixture.devices;

import org.springframework.util.StringUtils;

/** Breaks rule d: a driver using Spring. */
public class DriverUsingSpring {

    /** Asks Spring whether there is text. */
    public boolean blank(String text) {
        return !StringUtils.hasText(text);
    }
}
