package vn.motcua.watch;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** An owner's name as the watch compares it: "  Nguyễn  Văn A" and "NGUYEN VAN A" are one owner. */
final class OwnerNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OwnerNames() {
    }

    /** Trimmed, spaces collapsed, diacritics and case folded (đ is d: NFD does not split it). */
    static String fold(String name) {
        String bare = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(bare.replace('đ', 'd').replace('Đ', 'D').strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
