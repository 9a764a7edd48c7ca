package vn.motcua.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A browser an admin paired to one role; it proves itself with a token whose hash only is stored. */
@Entity
public class PairedDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private DeviceRole role;
    private Integer counterNumber;
    private String name;
    private String tokenHash;
    private Instant pairedAt;
    private String pairedBy;
    private Instant revokedAt;
    private String revokedBy;

    protected PairedDevice() {
    }

    PairedDevice(DeviceRole role, Integer counterNumber, String name, String tokenHash, Instant pairedAt,
            String pairedBy) {
        this.role = role;
        this.counterNumber = counterNumber;
        this.name = name;
        this.tokenHash = tokenHash;
        this.pairedAt = pairedAt;
        this.pairedBy = pairedBy;
    }

    void revoke(Instant at, String by) {
        revokedAt = at;
        revokedBy = by;
    }

    public Long getId() {
        return id;
    }

    public DeviceRole getRole() {
        return role;
    }

    public Integer getCounterNumber() {
        return counterNumber;
    }

    public String getName() {
        return name;
    }

    public Instant getPairedAt() {
        return pairedAt;
    }

    public String getPairedBy() {
        return pairedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public DeviceIdentity identity() {
        return new DeviceIdentity(id, role, counterNumber, name);
    }
}
