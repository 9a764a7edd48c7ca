package vn.motcua.device;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.motcua.center.Center;
import vn.motcua.center.Centers;
import vn.motcua.center.CenterTime;
import vn.motcua.devices.printer.EscPosTicketPrinter;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.devices.printer.TicketPrint;
import vn.motcua.devices.printer.TicketPrinter;
import vn.motcua.i18n.Translations;

/** Prints an issued ticket on the kiosk's printer; the outcome goes back to the kiosk, never swallowed. */
@Service
public class TicketPrinting {

    private static final Logger log = LoggerFactory.getLogger(TicketPrinting.class);
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(CenterTime.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final TicketPrinter printer;
    private final Centers centers;
    private final Translations translations;
    private final CenterTime time;
    private volatile LastPrint lastPrint;

    TicketPrinting(TicketPrinter printer, Centers centers, Translations translations, CenterTime time) {
        this.printer = printer;
        this.centers = centers;
        this.translations = translations;
        this.time = time;
    }

    /** The last ticket the kiosk tried to print, as the devices screen shows it. */
    public record LastPrint(String number, boolean printed, String problem, Instant at) {
    }

    /** Prints the paper's figures as they are: nothing is re-read or recomputed here. */
    public PrintOutcome print(TicketPaper paper) {
        Center center = centers.profile();
        String priority = paper.priority().isPriority()
                ? text("priority." + paper.priority().name().toLowerCase(Locale.ROOT)) : null;
        TicketPrint print = new TicketPrint(center.getName(), paper.serviceName(), paper.number(), priority,
                ISSUED.format(paper.issuedAt()), (int) paper.peopleAhead(),
                when(paper) + text("kiosk.ticket.wait", paper.estimatedWaitMinutes()), paper.trackingUrl(),
                text("kiosk.hotline", center.getHotline()));
        PrintOutcome outcome = printer.print(print);
        lastPrint = new LastPrint(paper.number(), outcome.printed(), outcome.problem(), time.now());
        if (!outcome.printed()) {
            log.warn("Ticket {} was not printed: {}", paper.number(), outcome.problem());
        }
        return outcome;
    }

    /** The day a ticket is for when it is not the day of issue, and from when it is called: before the wait line. */
    private String when(TicketPaper paper) {
        StringBuilder when = new StringBuilder();
        if (paper.ticketDay() != null && !paper.ticketDay().equals(time.dayOf(paper.issuedAt()))) {
            when.append(text("kiosk.ticket.for-day", text("kiosk.day", paper.ticketDay().getDayOfWeek().getValue(),
                    DAY.format(paper.ticketDay())))).append(". ");
        }
        if (paper.callsFrom() != null) {
            when.append(text("kiosk.ticket.calls-from", HOUR.format(paper.callsFrom()))).append(". ");
        }
        return when.toString();
    }

    public Optional<LastPrint> lastPrint() {
        return Optional.ofNullable(lastPrint);
    }

    /** The link to a real printer; empty when a simulator or nothing prints. */
    public Optional<String> printerLink() {
        return printer instanceof EscPosTicketPrinter escPos ? Optional.of(escPos.describe()) : Optional.empty();
    }

    private String text(String key, Object... params) {
        // Tickets are printed in Vietnamese whatever language the kiosk screen shows.
        return translations.getTranslation(key, Translations.VIETNAMESE, params);
    }
}
