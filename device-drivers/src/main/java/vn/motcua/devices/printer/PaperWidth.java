package vn.motcua.devices.printer;

/** Thermal roll widths, as printable dots across the head at 203 dpi. */
public enum PaperWidth {
    /** 80 mm roll, the kiosk default. */
    MM_80(576),
    /** 58 mm roll, found on small counter printers. */
    MM_58(384);

    private final int dots;

    PaperWidth(int dots) {
        this.dots = dots;
    }

    /** Printable width in dots; also the raster image width. */
    public int dots() {
        return dots;
    }
}
