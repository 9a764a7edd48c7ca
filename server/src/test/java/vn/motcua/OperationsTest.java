package vn.motcua;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, as a technician's monitoring sees it: the LED boards' bus configured on a
 * serial port that is not plugged in, the kiosk's and counter 2's printers switched off, a Prometheus scrape token and
 * a backup token. One context for the operations tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "vaadin.devmode.liveReload.enabled=false",
        "motcua.devices.display-port=" + OperationsTest.UNPLUGGED_PORT,
        "motcua.devices.printer-host=" + OperationsTest.SWITCHED_OFF_PRINTER,
        "motcua.devices.counter-printers=2=" + OperationsTest.SWITCHED_OFF_PRINTER,
        "motcua.metrics.scrape-token=" + OperationsTest.SCRAPE_TOKEN,
        "motcua.backup.token=" + OperationsTest.BACKUP_TOKEN, "motcua.backup.directory=target/test-backups"})
@ActiveProfiles("test")
@Import({TestClock.class, QueueTestData.class})
public @interface OperationsTest {

    /** A serial port no adapter answers on: the LED boards' bus unplugged. */
    String UNPLUGGED_PORT = "/dev/motcua-test-unplugged";
    /** A network printer that is switched off: nothing listens at its address. */
    String SWITCHED_OFF_PRINTER = "127.0.0.1:9";
    /** The collector's bearer token in these tests. */
    String SCRAPE_TOKEN = "scrape-token-for-tests";
    /** The backup timer's bearer token in these tests. */
    String BACKUP_TOKEN = "backup-token-for-tests";
}
