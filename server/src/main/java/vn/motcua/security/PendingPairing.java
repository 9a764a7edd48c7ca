package vn.motcua.security;

import java.time.Instant;
import java.util.function.Consumer;

/** A device screen waiting for an admin to approve its code; holds the token between approval and claim. */
public final class PendingPairing {

    private final String code;
    private final String claimSecret;
    private final DeviceRole role;
    private final Integer counterNumber;
    private final String next;
    private final Instant requestedAt;
    private final Consumer<String> onApproved;
    private volatile String token;

    PendingPairing(String code, String claimSecret, DeviceRole role, Integer counterNumber, String next,
            Instant requestedAt, Consumer<String> onApproved) {
        this.code = code;
        this.claimSecret = claimSecret;
        this.role = role;
        this.counterNumber = counterNumber;
        this.next = next;
        this.requestedAt = requestedAt;
        this.onApproved = onApproved;
    }

    void approve(String newToken) {
        token = newToken;
    }

    public String code() {
        return code;
    }

    String claimSecret() {
        return claimSecret;
    }

    public DeviceRole role() {
        return role;
    }

    public Integer counterNumber() {
        return counterNumber;
    }

    public String next() {
        return next;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    Consumer<String> onApproved() {
        return onApproved;
    }

    String token() {
        return token;
    }
}
