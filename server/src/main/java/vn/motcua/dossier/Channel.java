package vn.motcua.dossier;

/** How a dossier reached the center, with the national portal's code (1 in person, 2 online, 3 by post). */
public enum Channel {
    IN_PERSON(1),
    ONLINE(2),
    POST(3);

    private final int nationalCode;

    Channel(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }
}
