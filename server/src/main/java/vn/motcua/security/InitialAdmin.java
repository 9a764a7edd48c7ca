package vn.motcua.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;

/**
 * A real center starts with no accounts: the installer sets MOTCUA_ADMIN_PASSWORD once, and the first start
 * creates the "admin" account with it (hashed). Nothing happens when an admin already exists.
 */
@Component
class InitialAdmin {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final String password;
    private final boolean demo;

    InitialAdmin(UserAccountRepository accounts, PasswordEncoder passwords, AuditTrail audit,
            @Value("${motcua.admin.initial-password:${MOTCUA_ADMIN_PASSWORD:}}") String password,
            @Value("${motcua.demo.enabled:false}") boolean demo) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.password = password;
        this.demo = demo;
    }

    @EventListener
    @Transactional
    public void onStart(ApplicationReadyEvent ready) {
        if (accounts.findByUsernameIgnoreCase("admin").isPresent()) {
            return;
        }
        if (password.isBlank()) {
            // Without it nobody can sign in to set the center up: say so where the installer looks (the demo makes
            // its own admin).
            if (!demo) {
                log.warn("No admin account yet: set MOTCUA_ADMIN_PASSWORD (10 characters or more) and restart to create"
                        + " the 'admin' account");
            }
            return;
        }
        if (password.length() < 10) {
            log.warn("MOTCUA_ADMIN_PASSWORD is shorter than 10 characters: no admin account was created");
            return;
        }
        accounts.save(new UserAccount("admin", passwords.encode(password), Role.ADMIN, "Quản trị hệ thống", null, null));
        audit.record(Actor.SYSTEM, AuditAction.SETTING_CHANGED, "account admin", "created from MOTCUA_ADMIN_PASSWORD");
        log.info("Created the admin account from MOTCUA_ADMIN_PASSWORD");
    }
}
