package vn.motcua.center;

import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one line of notices the hall board shows (opening hours, a closed counter, a change of procedure). */
@Service
public class HallNotice {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    HallNotice(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The notice changed; the hall board shows the new one at once. */
    public record Changed(String notice) {
    }

    /** The notice, trimmed; empty when there is none, so the board shows no empty bar. */
    @Transactional(readOnly = true)
    public Optional<String> current() {
        return jdbc.sql("select hall_notice from center").query(String.class).list().stream()
                .filter(Objects::nonNull).map(String::strip).filter(notice -> !notice.isEmpty()).findFirst();
    }

    /** Replaces the notice; null or blank removes it. */
    @Transactional
    public void change(String notice) {
        String stored = notice == null || notice.isBlank() ? null : notice.strip();
        jdbc.sql("update center set hall_notice = ?").param(stored).update();
        events.publishEvent(new Changed(stored));
    }
}
