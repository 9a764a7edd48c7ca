package vn.motcua.counter;

import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** What the console's parts share: the center's clock time and the small marks that say why a ticket stands out. */
final class ConsoleMarks {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private ConsoleMarks() {
    }

    static Span mark(String text, String className) {
        Span mark = new Span(text);
        mark.addClassNames("mark", className);
        return mark;
    }
}
