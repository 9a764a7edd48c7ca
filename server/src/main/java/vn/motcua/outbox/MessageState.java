package vn.motcua.outbox;

/** Where a message stands: waiting for its sender, sent, only recorded, or given up after its tries. */
public enum MessageState {
    WAITING,
    SENT,
    RECORDED,
    FAILED
}
