package vn.motcua.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The detail of an audit record for a changed thing: each value that changed as "label: old → new", joined by "; ".
 * Labels are lower-case words the audit screen translates; values are written as they were (names, codes, numbers).
 */
public final class OldAndNew {

    /** What a thing had before it existed, so an addition reads "name: — → Hộ tịch". */
    public static final String NOTHING = "—";

    private final List<String> parts = new ArrayList<>();

    /** Adds "label: old → new" when the two differ; an unchanged value says nothing. */
    public OldAndNew compare(String label, Object old, Object now) {
        String before = old == null ? NOTHING : old.toString();
        String after = now == null ? NOTHING : now.toString();
        if (!Objects.equals(before, after)) {
            parts.add(label + ": " + before + " → " + after);
        }
        return this;
    }

    /** Whether any value changed. */
    public boolean changed() {
        return !parts.isEmpty();
    }

    /** The record's detail. */
    public String text() {
        return String.join("; ", parts);
    }
}
