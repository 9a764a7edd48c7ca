package vn.motcua.counter;

import java.time.Instant;

/** A ticket called to a counter, as the console, the counter's display and its pad show it. */
public record CalledTicket(String number, String serviceName, boolean priority, int counterNumber, String officerName,
        Instant calledAt, boolean serving, int recalls) {
}
