package vn.motcua.devices.printer;

/**
 * Result of one print attempt. {@code problem} is Vietnamese text for staff: why the ticket was refused,
 * or, when printed, what the printer reported afterwards (null when all is well). Statuses are null
 * when the printer did not answer.
 */
public record PrintOutcome(boolean printed, PrinterStatus statusBefore, PrinterStatus statusAfter, String problem) {

    /** Nothing was printed, for the given reason. */
    public static PrintOutcome refused(PrinterStatus statusBefore, String problem) {
        return new PrintOutcome(false, statusBefore, null, problem);
    }

    /** The ticket was sent; a printer that stops answering afterwards is still worth telling staff about. */
    public static PrintOutcome printed(PrinterStatus statusBefore, PrinterStatus statusAfter) {
        String problem = statusAfter == null ? "Máy in không phản hồi sau khi in" : statusAfter.problem();
        return new PrintOutcome(true, statusBefore, statusAfter, problem);
    }
}
