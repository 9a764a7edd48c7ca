package vn.motcua.devices.printer;

/** The ESC/POS bytes this project speaks, shared by the driver and the simulator. */
public final class EscPos {

    /** Data link escape: starts real-time requests, which the printer answers even while busy or offline. */
    public static final byte DLE = 0x10;
    /** Second byte of DLE EOT n, the real-time status request. */
    public static final byte EOT = 0x04;
    /** Escape: starts ESC @ (initialize). */
    public static final byte ESC = 0x1B;
    /** Group separator: starts GS v 0 (raster image) and GS V (cut). */
    public static final byte GS = 0x1D;
    /** Second byte of ESC @. */
    public static final byte INITIALIZE = '@';
    /** Second byte of GS v 0. */
    public static final byte RASTER = 'v';
    /** Second byte of GS V. */
    public static final byte CUT = 'V';
    /** GS V function B, partial cut: feeds the last line past the cutter first, so nothing is cut off. */
    public static final byte FEED_AND_PARTIAL_CUT = 66;

    private EscPos() {
    }

    /** DLE EOT n. */
    public static byte[] statusRequest(int n) {
        return new byte[] {DLE, EOT, (byte) n};
    }

    /** ESC @: clears modes a previous job or a stray byte may have left behind. */
    public static byte[] initialize() {
        return new byte[] {ESC, INITIALIZE};
    }

    /** GS V 66 0. */
    public static byte[] feedAndPartialCut() {
        return new byte[] {GS, CUT, FEED_AND_PARTIAL_CUT, 0};
    }
}
