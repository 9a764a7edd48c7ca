package vn.motcua.kiosk;

/**
 * The center declined to issue this ticket for a reason the visitor should read (the kiosk's burst limit), with the
 * words already in the kiosk's language; the kiosk shows them instead of its general failure.
 */
public class TicketRefused extends RuntimeException {

    public TicketRefused(String message) {
        super(message);
    }
}
