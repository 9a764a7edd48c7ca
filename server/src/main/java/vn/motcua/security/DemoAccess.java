package vn.motcua.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Counters;

/**
 * The demo's sign-ins and paired devices, so the whole product can be tried at once: created at start-up when
 * missing, and printed. Never in production (motcua.demo.enabled=false there): real accounts are made by an admin.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
public class DemoAccess {

    /** One password for every demo account, printed at start-up and in the README. */
    public static final String PASSWORD = "motcua2026";
    public static final String KIOSK_TOKEN = "demo-kiosk";
    /** The demo's head of the economic unit, who also serves at counter 3. */
    static final String UNIT_HEAD_CODE = "CB02";

    private final UserAccountRepository accounts;
    private final Officers officers;
    private final Counters counters;
    private final DevicePairing pairing;
    private final PasswordEncoder passwords;

    DemoAccess(UserAccountRepository accounts, Officers officers, Counters counters,
            DevicePairing pairing, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.officers = officers;
        this.counters = counters;
        this.pairing = pairing;
        this.passwords = passwords;
    }

    @EventListener
    @Transactional
    public void onStart(ApplicationReadyEvent ready) {
        String hash = passwords.encode(PASSWORD);
        account("admin", hash, Role.ADMIN, "Quản trị hệ thống", null, null);
        account("giamdoc", hash, Role.MANAGER, "Lê Quang Hải", null, null);
        account("congan", hash, Role.POLICE, "Đỗ Văn Bình", null, null);
        for (Officer officer : officers.all()) {
            boolean head = officer.getCode().equals(UNIT_HEAD_CODE);
            account(officer.getCode(), hash, head ? Role.UNIT_HEAD : Role.OFFICER, officer.getFullName(),
                    officer.getId(), head ? officer.getUnit().getId() : null);
        }
        List<String> lines = new ArrayList<>();
        String base = ready.getApplicationContext() instanceof WebServerApplicationContext web
                && web.getWebServer() != null ? "http://localhost:" + web.getWebServer().getPort() : "";
        lines.add("Sign-in (password " + PASSWORD + " for all): admin (ADMIN), giamdoc (MANAGER), congan (POLICE), "
                + UNIT_HEAD_CODE + " (UNIT_HEAD, counter 3), CB01, CB03..CB07 (OFFICER)");
        lines.add("Kiosk token " + pairing.pairWithToken(DeviceRole.KIOSK, null, "Kiosk sảnh", Actor.SYSTEM,
                KIOSK_TOKEN) + "  (API header X-Device-Token)");
        lines.add("Kiosk                 " + link(base, KIOSK_TOKEN, "/kiosk"));
        lines.add("Hall board            " + link(base, pairing.pairWithToken(DeviceRole.HALL, null, "Bảng sảnh",
                Actor.SYSTEM, "demo-hall"), "/display/hall"));
        for (Counter counter : counters.all()) {
            int n = counter.getNumber();
            lines.add("Counter " + n + " display     " + link(base, pairing.pairWithToken(DeviceRole.COUNTER_DISPLAY, n,
                    "Màn hình quầy " + n, Actor.SYSTEM, "demo-display-" + n), "/display/counter/" + n));
            lines.add("Counter " + n + " rating pad  " + link(base, pairing.pairWithToken(DeviceRole.PAD, n,
                    "Bảng đánh giá quầy " + n, Actor.SYSTEM, "demo-pad-" + n), "/pad/" + n));
        }
        System.out.println("\n=== Demo access (demo profile only) ===\n" + String.join("\n", lines) + "\n");
    }

    /** The address that makes a browser the demo's paired device, then opens its screen. */
    public static String link(String base, String token, String screen) {
        return base + "/pair/token?t=" + token + "&next=" + screen;
    }

    private void account(String username, String hash, Role role, String fullName, Long officerId, Long unitId) {
        if (accounts.findByUsernameIgnoreCase(username).isEmpty()) {
            accounts.save(new UserAccount(username, hash, role, fullName, officerId, unitId));
        }
    }
}
