package vn.motcua.audit;

/** The one who did an audited act, as the record names them. */
public record Actor(String name, ActorKind kind) {

    public static final Actor SYSTEM = new Actor("system", ActorKind.SYSTEM);

    public static Actor user(String username) {
        return new Actor(username, ActorKind.USER);
    }

    public static Actor anonymous(String claimedName) {
        return new Actor(claimedName == null || claimedName.isBlank() ? "?" : claimedName, ActorKind.ANONYMOUS);
    }
}
