package vn.motcua.devices.rs485;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.devices.rs485.DisplayBusTest.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a supervised link tells the log about its port, on real ptys. */
class SupervisedLinkTest {

    // Held here: java.util.logging keeps loggers only weakly, and the handler must stay attached.
    private final Logger log = Logger.getLogger(SupervisedLink.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    void theLogSaysOnceWhenAPortIsLostAndOnceWhenItComesBack(@TempDir Path dir) throws Exception {
        var ptys = new PtyPair(dir);
        try (var bus = new KeyBus(SupervisedLink.serial(ptys.host.toString(), 9_600), KeyBusConfig.DEFAULT, e -> { })) {
            ptys.unplug();
            waitUntil(() -> bus.health().state() == LinkState.DOWN);
            Thread.sleep(2_500);   // several failed reopen attempts, none of them worth a line of its own
            assertThat(bus.health().linkErrors()).isGreaterThan(2);
            ptys.start();
            waitUntil(() -> bus.health().state() == LinkState.UP);

            List<String> lines = records.stream()
                    .filter(r -> r.getLevel().intValue() >= Level.INFO.intValue())
                    .map(r -> r.getLevel() + " " + new SimpleFormatter().formatMessage(r))
                    .filter(line -> line.contains(ptys.host.toString()))
                    .toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.getFirst()).startsWith("WARNING").contains("lost");
            assertThat(lines.getLast()).startsWith("INFO").contains("back", "reconnect 1");
        } finally {
            ptys.close();
        }
    }
}
