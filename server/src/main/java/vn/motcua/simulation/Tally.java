package vn.motcua.simulation;

/** The running counts of one simulated day, kept by the player and its officers; one thread writes them. */
final class Tally {

    int issued;
    int priority;
    int called;
    int served;
    int absent;
    int transferred;
    int rated;
    int withReasons;
    int dossiers;
    int handedOff;
    int finishedOnTheSpot;
    int supplements;
    int carriedOver;
    int refused;

    DayFigures figures() {
        return new DayFigures(issued, priority, called, served, absent, transferred, rated, withReasons, dossiers,
                handedOff, finishedOnTheSpot, supplements, carriedOver, refused);
    }
}
