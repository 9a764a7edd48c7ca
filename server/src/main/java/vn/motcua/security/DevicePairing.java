package vn.motcua.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Refusal;

/**
 * Pairs browsers nobody signs in to. The device shows a one-time code; an admin types it in and names the
 * device; the device's page is then sent to a claim address that only it knows, which stores the token in a
 * cookie. The code alone never gives the token away, and the token is kept only as a hash.
 */
@Service
public class DevicePairing {

    /** Long enough to walk from the kiosk to the admin's desk, short enough that a code seen is soon useless. */
    static final Duration CODE_LIFETIME = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PairedDeviceRepository devices;
    private final AuditTrail audit;
    private final CenterTime time;
    private final ApplicationEventPublisher events;
    private final Map<String, PendingPairing> pendingByCode = new ConcurrentHashMap<>();

    DevicePairing(PairedDeviceRepository devices, AuditTrail audit, CenterTime time, ApplicationEventPublisher events) {
        this.devices = devices;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    /** A screen of this role asks to be paired; {@code onApproved} gets the claim address once an admin approves. */
    public PendingPairing request(DeviceRole role, Integer counterNumber, String next, Consumer<String> onApproved) {
        forgetExpired();
        while (true) {
            String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
            PendingPairing pending = new PendingPairing(code, randomToken(), role, counterNumber, next, time.now(),
                    onApproved);
            if (pendingByCode.putIfAbsent(code, pending) == null) {
                return pending;
            }
        }
    }

    /** Stops offering a code, e.g. when the device's screen closed. */
    public void withdraw(PendingPairing pending) {
        pendingByCode.remove(pending.code(), pending);
    }

    public List<PendingPairing> pending() {
        forgetExpired();
        // An approved code waits only for its device to collect the token: nothing left for the admin to do.
        return pendingByCode.values().stream().filter(pending -> pending.token() == null)
                .sorted(java.util.Comparator.comparing(PendingPairing::requestedAt)).toList();
    }

    /** An admin approves the code shown on a device: the device is created and its screen told where to claim it. */
    @Transactional
    public PairedDevice approve(String code, String name, Actor admin) {
        forgetExpired();
        PendingPairing pending = code == null ? null : pendingByCode.get(code.replaceAll("\\s", ""));
        if (pending == null || pending.token() != null) {
            audit.record(admin, AuditAction.PAIRING_REFUSED, code, "unknown or expired code");
            throw new Refusal("pairing.problem.unknown-code");
        }
        String token = randomToken();
        PairedDevice device = devices.save(new PairedDevice(pending.role(), pending.counterNumber(),
                name == null || name.isBlank() ? defaultName(pending.role(), pending.counterNumber()) : name.strip(),
                hash(token), time.now(), admin.name()));
        audit.record(admin, AuditAction.DEVICE_PAIRED, describe(device), "code " + pending.code());
        pending.approve(token);
        pending.onApproved().accept("/pair/claim?c=" + pending.claimSecret());
        return device;
    }

    /** The device's own page collects its token, once. */
    public Optional<PendingPairing> claim(String claimSecret) {
        for (PendingPairing pending : pendingByCode.values()) {
            if (pending.token() != null && MessageDigest.isEqual(bytes(pending.claimSecret()), bytes(claimSecret))) {
                pendingByCode.remove(pending.code(), pending);
                return Optional.of(pending);
            }
        }
        return Optional.empty();
    }

    /** Pairs a device without a code: the demo's simulated devices, and tests. Returns its token. */
    @Transactional
    public String pair(DeviceRole role, Integer counterNumber, String name, Actor by) {
        return pairWithToken(role, counterNumber, name, by, randomToken());
    }

    /** Pairs a device with a token chosen by the caller (the demo's printed, predictable tokens), unless it exists. */
    @Transactional
    public String pairWithToken(DeviceRole role, Integer counterNumber, String name, Actor by, String token) {
        if (devices.findByTokenHashAndRevokedAtIsNull(hash(token)).isEmpty()) {
            PairedDevice device = devices.save(new PairedDevice(role, counterNumber, name, hash(token), time.now(),
                    by.name()));
            audit.record(by, AuditAction.DEVICE_PAIRED, describe(device), null);
        }
        return token;
    }

    @Transactional(readOnly = true)
    public Optional<DeviceIdentity> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return devices.findByTokenHashAndRevokedAtIsNull(hash(token)).map(PairedDevice::identity);
    }

    /** Revokes at once: the device's open screens are sent back to the pairing screen. */
    @Transactional
    public void revoke(long deviceId, Actor admin) {
        PairedDevice device = devices.findById(deviceId)
                .orElseThrow(() -> new Refusal("pairing.problem.unknown-device"));
        if (!device.isRevoked()) {
            device.revoke(time.now(), admin.name());
            audit.record(admin, AuditAction.DEVICE_REVOKED, describe(device), null);
            events.publishEvent(new DeviceRevoked(deviceId));
        }
    }

    @Transactional(readOnly = true)
    public List<PairedDevice> devices() {
        return devices.findAllByOrderByRevokedAtDescRoleAscCounterNumberAscIdAsc();
    }

    /** A device was revoked: whoever shows its screens closes them. */
    public record DeviceRevoked(long deviceId) {
    }

    private void forgetExpired() {
        Instant oldest = time.now().minus(CODE_LIFETIME);
        pendingByCode.values().removeIf(pending -> pending.requestedAt().isBefore(oldest));
    }

    private static String describe(PairedDevice device) {
        return "#" + device.getId() + " " + device.getRole()
                + (device.getCounterNumber() == null ? "" : " " + device.getCounterNumber()) + " " + device.getName();
    }

    private static String defaultName(DeviceRole role, Integer counterNumber) {
        return role.name().toLowerCase(java.util.Locale.ROOT) + (counterNumber == null ? "" : "-" + counterNumber);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(token)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
