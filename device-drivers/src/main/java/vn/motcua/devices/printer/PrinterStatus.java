package vn.motcua.devices.printer;

/** What an ESC/POS printer says about itself through the DLE EOT real-time status requests. */
public record PrinterStatus(boolean online, boolean coverOpen, boolean paperOut, boolean paperNearEnd) {

    /** DLE EOT 1: printer status. */
    public static final int PRINTER = 1;
    /** DLE EOT 2: offline cause. */
    public static final int OFFLINE_CAUSE = 2;
    /** DLE EOT 3: error cause; answered by the simulator, not needed by the driver. */
    public static final int ERROR_CAUSE = 3;
    /** DLE EOT 4: roll paper sensor. */
    public static final int ROLL_PAPER = 4;

    // Every status reply has bits 1 and 4 set and bits 0 and 7 clear; other bytes are not replies.
    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_BITS = 0x12;
    private static final int OFFLINE = 0x08;
    private static final int COVER_OPEN = 0x04;
    private static final int STOPPED_BY_PAPER_END = 0x20;
    private static final int ERROR = 0x40;
    private static final int NEAR_END = 0x0C;
    private static final int PAPER_END = 0x60;

    /** Whether a byte has the fixed bits of a real-time status reply, so stray bytes can be skipped. */
    public static boolean isReply(int b) {
        return (b & FIXED_MASK) == FIXED_BITS;
    }

    /** Reads the replies to DLE EOT 1, 2 and 4. */
    public static PrinterStatus fromReplies(int printer, int offlineCause, int rollPaper) {
        return new PrinterStatus(
                (printer & OFFLINE) == 0 && (offlineCause & ERROR) == 0,
                (offlineCause & COVER_OPEN) != 0,
                (rollPaper & PAPER_END) != 0 || (offlineCause & STOPPED_BY_PAPER_END) != 0,
                (rollPaper & NEAR_END) != 0);
    }

    /** The byte a printer in this state answers to DLE EOT {@code request}; the simulator's side of the protocol. */
    public int reply(int request) {
        return switch (request) {
            case PRINTER -> FIXED_BITS | (online ? 0 : OFFLINE);
            case OFFLINE_CAUSE -> FIXED_BITS | (coverOpen ? COVER_OPEN : 0) | (paperOut ? STOPPED_BY_PAPER_END : 0);
            case ERROR_CAUSE -> FIXED_BITS;
            case ROLL_PAPER -> FIXED_BITS | (paperNearEnd ? NEAR_END : 0) | (paperOut ? PAPER_END : 0);
            default -> throw new IllegalArgumentException("No real-time status " + request);
        };
    }

    /** Why a ticket cannot be printed now, in Vietnamese for staff; null when the printer is ready. */
    public String problem() {
        if (paperOut) {
            return "Máy in hết giấy";
        }
        if (coverOpen) {
            return "Nắp máy in đang mở";
        }
        if (!online) {
            return "Máy in đang ngoại tuyến";
        }
        return null;
    }
}
