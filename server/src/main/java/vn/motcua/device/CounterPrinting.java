package vn.motcua.device;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.motcua.devices.printer.EscPosTicketPrinter;
import vn.motcua.devices.printer.PaperWidth;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.devices.printer.SlipPrint;
import vn.motcua.devices.simulator.SimulatedEscPosPrinter;
import vn.motcua.devices.simulator.SimulatedTicketPrinter;
import vn.motcua.i18n.Translations;

/**
 * Prints slips on the printer at each counter: the one configured for it, else in the demo a simulated one started
 * the first time that counter prints. Device trouble and a counter without a printer come back as an outcome in
 * words, never as an exception.
 */
@Service
public class CounterPrinting implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CounterPrinting.class);

    private final Map<Integer, EscPosTicketPrinter> configured;
    private final boolean simulated;
    private final Translations translations;
    private final Map<Integer, SimulatedTicketPrinter> simulators = new ConcurrentHashMap<>();
    private final Map<Integer, PrintOutcome> lastOutcomes = new ConcurrentHashMap<>();

    @Autowired
    CounterPrinting(DeviceMap map, DeviceSettings settings, Translations translations) {
        // Opened once: a printer's port changed on the device map is used from the next start.
        this(map.counterPrinters(), settings, translations);
    }

    /** The counters' printers by counter number: a serial port, or host:port. */
    CounterPrinting(Map<Integer, String> printers, DeviceSettings settings, Translations translations) {
        this.configured = printers.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, entry -> PrinterLinks.at(entry.getValue(), settings)));
        this.simulated = settings.simulated();
        this.translations = translations;
    }

    /** Prints the slip at counter {@code counterNumber}, or says why it could not. */
    public PrintOutcome print(int counterNumber, SlipPrint slip) {
        Optional<EscPosTicketPrinter> printer = printer(counterNumber);
        if (printer.isEmpty()) {
            // Printed slips and their problems are for staff at a Vietnamese counter, like the kiosk's.
            return PrintOutcome.refused(null, translations.getTranslation("device.counter-printer.none",
                    Translations.VIETNAMESE, counterNumber));
        }
        PrintOutcome outcome = printer.get().printSlip(slip);
        if (configured.containsKey(counterNumber)) {
            lastOutcomes.put(counterNumber, outcome);
        }
        if (!outcome.printed()) {
            log.warn("Slip '{}' was not printed at counter {}: {}", slip.title(), counterNumber, outcome.problem());
        }
        return outcome;
    }

    /** The simulated printer of a counter, once it has printed: what it received, and to give it paper trouble. */
    public Optional<SimulatedEscPosPrinter> simulatedPrinter(int counterNumber) {
        return Optional.ofNullable(simulators.get(counterNumber)).map(SimulatedTicketPrinter::device);
    }

    /** Each counter with a real printer, its link, and how its last slip went (none before the first). */
    Map<Integer, RealPrinter> realPrinters() {
        return configured.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                entry -> new RealPrinter(entry.getValue().describe(),
                        Optional.ofNullable(lastOutcomes.get(entry.getKey())))));
    }

    /** A counter's real printer as its health shows it. */
    record RealPrinter(String link, Optional<PrintOutcome> lastOutcome) {
    }

    /** Closes the links to the counters' printers and stops the simulators. */
    @Override
    public void close() {
        configured.values().forEach(EscPosTicketPrinter::close);
        simulators.values().forEach(SimulatedTicketPrinter::close);
    }

    private Optional<EscPosTicketPrinter> printer(int counterNumber) {
        EscPosTicketPrinter real = configured.get(counterNumber);
        if (real != null) {
            return Optional.of(real);
        }
        if (!simulated || counterNumber < 1) {
            return Optional.empty();
        }
        return Optional.of(simulators.computeIfAbsent(counterNumber,
                counter -> SimulatedTicketPrinter.start(PaperWidth.MM_80)).driver());
    }
}
