package vn.motcua.counter;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Search as an officer types it: case and Vietnamese diacritics ignored ("dang ky khai sinh" finds "Đăng ký khai
 * sinh"), every typed word somewhere in the item's texts.
 */
final class Searching {

    private Searching() {
    }

    static boolean matches(String typed, String... texts) {
        String haystack = plain(String.join(" ", texts));
        return Arrays.stream(plain(typed == null ? "" : typed).split("\\s+")).allMatch(haystack::contains);
    }

    static String plain(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
