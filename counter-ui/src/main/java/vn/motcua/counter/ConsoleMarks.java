package vn.motcua.counter;

import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** What the console's parts share: the center's clock time and the small marks that say why a ticket stands out. */
final class ConsoleMarks {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** A due date or a moment of a dossier: the day and the time, as the receipt writes them. */
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private ConsoleMarks() {
    }

    static Span mark(String text, String className) {
        Span mark = new Span(text);
        mark.addClassNames("mark", className);
        return mark;
    }

    /** The key that does the same as a button, shown on it. */
    static Span key(String keys) {
        Span key = new Span(keys);
        key.addClassName("console-key");
        return key;
    }
}
