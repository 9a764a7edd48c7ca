package vn.motcua.device;

/**
 * One device on the map: its kind; for a printer the serial port or host:port ("" for an RS-485 device, which is on
 * its bus's port); for an RS-485 device its bus address; the counter it serves. Id null until stored.
 */
public record DeviceEntry(Long id, DeviceKind kind, String link, Integer busAddress, Integer counterNumber) {

    /** "COUNTER_DISPLAY @35 counter 3", "COUNTER_PRINTER /dev/ttyUSB3 counter 1": the audit's words for it. */
    String audited() {
        return kind + (busAddress == null ? "" : " @" + busAddress) + (link.isEmpty() ? "" : " " + link)
                + (counterNumber == null ? "" : " counter " + counterNumber);
    }
}
