package vn.motcua.kiosk;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.motcua.kiosk.KioskPort.ServiceChoice;

/**
 * Finds services the way a visitor types them: kiosk keyboards rarely have a Vietnamese input method, so "khai sinh",
 * "dat dai" and "ĐẤT ĐAI" must all find what they mean. Every word typed must begin a word of the service's name or
 * field; a single letter also finds the service of that letter (the letter printed on its tickets).
 */
public final class ServiceSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ServiceSearch() {
    }

    static boolean matches(ServiceChoice service, String query) {
        List<String> typed = words(query);
        if (typed.isEmpty()) {
            return true;
        }
        if (typed.size() == 1 && typed.getFirst().equals(fold(service.letter()))) {
            return true;
        }
        return matches(service.name() + " " + service.fieldName(), query);
    }

    /**
     * Whether every word typed begins a word of the text, marks and case forgiven; the public catalogue of
     * procedures searches the same way as the kiosk.
     */
    public static boolean matches(String text, String query) {
        List<String> known = words(text);
        return words(query).stream().allMatch(word -> known.stream().anyMatch(candidate -> candidate.startsWith(word)));
    }

    /** Lower case without tone marks or other diacritics; đ is d, as people type it without an input method. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static List<String> words(String text) {
        return Arrays.stream(NOT_A_WORD.split(fold(text))).filter(word -> !word.isEmpty()).toList();
    }
}
