package vn.motcua.setup;

/** One step of a center's first set-up, with the admin screen where it is done. */
public record SetupStep(Kind kind, boolean done) {

    /** The steps, in order, each with the address of its screen. */
    public enum Kind {
        CENTER("/admin/center"),
        CALENDAR("/admin/calendar"),
        SERVICES("/admin/services"),
        COUNTERS("/admin/counters");

        public final String address;

        Kind(String address) {
            this.address = address;
        }
    }
}
