package vn.motcua.devices.simulator;

import vn.motcua.devices.printer.EscPosTicketPrinter;
import vn.motcua.devices.printer.PaperWidth;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.devices.printer.TicketPrint;
import vn.motcua.devices.printer.TicketPrinter;
import vn.motcua.devices.transport.InMemoryTransport;

/**
 * The real ESC/POS driver wired to a simulated printer through an in-memory link, for demos and tests
 * without hardware: the driver code path is the production one.
 */
public final class SimulatedTicketPrinter implements TicketPrinter, AutoCloseable {

    private final EscPosTicketPrinter driver;
    private final SimulatedEscPosPrinter device;

    private SimulatedTicketPrinter(EscPosTicketPrinter driver, SimulatedEscPosPrinter device) {
        this.driver = driver;
        this.device = device;
    }

    /** Starts a simulated printer with the given roll width, ready and with paper. */
    public static SimulatedTicketPrinter start(PaperWidth paper) {
        var link = InMemoryTransport.pair("simulated ticket printer");
        return new SimulatedTicketPrinter(new EscPosTicketPrinter(link.host(), paper),
                SimulatedEscPosPrinter.start(link.device()));
    }

    @Override
    public PrintOutcome print(TicketPrint ticket) {
        return driver.print(ticket);
    }

    /** The driver, for status polling. */
    public EscPosTicketPrinter driver() {
        return driver;
    }

    /** The simulated device, to empty its paper, open its cover or look at what it printed. */
    public SimulatedEscPosPrinter device() {
        return device;
    }

    /** Stops the simulator and closes the link. */
    @Override
    public void close() {
        device.close();
    }
}
