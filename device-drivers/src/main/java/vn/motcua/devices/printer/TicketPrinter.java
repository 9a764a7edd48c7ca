package vn.motcua.devices.printer;

/** Prints queue tickets; never throws for device trouble, the outcome says what went wrong. */
public interface TicketPrinter {

    /** Prints one ticket, or refuses with a problem the kiosk can show. */
    PrintOutcome print(TicketPrint ticket);
}
