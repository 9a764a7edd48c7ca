package vn.motcua.simulation;

/**
 * What a simulated day did through the services: visitors who took a ticket (of them with priority), tickets called,
 * served, marked absent, transferred; ratings (of them with reasons); dossiers received, handed off, finished on the
 * spot, sent back for a supplement; tickets the end of the day carried over; and actions the services refused.
 */
public record DayFigures(int issued, int priority, int called, int served, int absent, int transferred, int rated,
        int withReasons, int dossiers, int handedOff, int finishedOnTheSpot, int supplements, int carriedOver,
        int refused) {

    /** One line for the log and the README's example. */
    public String line() {
        return "issued " + issued + " (priority " + priority + "), called " + called + ", served " + served
                + ", absent " + absent + ", transferred " + transferred + ", rated " + rated + " (with reasons "
                + withReasons + "), dossiers " + dossiers + " (handed off " + handedOff + ", finished on the spot "
                + finishedOnTheSpot + ", supplements " + supplements + "), carried over " + carriedOver
                + ", refused " + refused;
    }
}
