package vn.motcua.audit;

/** Who acted: a person signed in, a paired device, the server itself (carry-over, demo set-up), or nobody known. */
public enum ActorKind {
    USER, DEVICE, SYSTEM, ANONYMOUS
}
