package vn.motcua.counter;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;

/**
 * A clock that counts up (m:ss, then h:mm:ss) every second in the browser, without a round trip to the server. The
 * server renders the time elapsed at its own clock; the browser counts on from there with its own, so a PC whose
 * clock is off still shows the right duration. Each new render starts a fresh one, and a detached clock stops itself.
 */
final class RunningTimer extends Span {

    /** Same format as {@link #format(Duration)}; edits the text node Flow created, so Flow's own node stays valid. */
    private static final String TICK = """
            const el = this;
            const start = Date.now() - $0;
            const pad = n => String(n).padStart(2, '0');
            const format = ms => {
              const s = Math.max(0, Math.floor(ms / 1000));
              const h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60), sec = s % 60;
              return h > 0 ? h + ':' + pad(m) + ':' + pad(sec) : m + ':' + pad(sec);
            };
            clearInterval(el.motcuaTimer);
            el.motcuaTimer = setInterval(() => {
              if (!el.isConnected) { clearInterval(el.motcuaTimer); return; }
              const text = format(Date.now() - start);
              if (el.firstChild && el.firstChild.nodeType === Node.TEXT_NODE) { el.firstChild.data = text; }
              else { el.textContent = text; }
            }, 1000);
            """;

    RunningTimer(Duration elapsed) {
        Duration shown = elapsed.isNegative() ? Duration.ZERO : elapsed;
        setText(format(shown));
        getElement().executeJs(TICK, shown.toMillis());
    }

    static String format(Duration elapsed) {
        long seconds = Math.max(0, elapsed.toSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, rest) : String.format("%d:%02d", minutes, rest);
    }
}
