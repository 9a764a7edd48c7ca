package vn.motcua.security;

import java.security.SecureRandom;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.i18n.Refusal;

/** The admin creates accounts, resets passwords and locks accounts; each act is on the audit trail. */
@Service
public class AccountAdmin {

    /** Long enough that a password written on a sticky note at least takes a while to copy. */
    public static final int MIN_PASSWORD = 10;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final Officers officers;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    AccountAdmin(UserAccountRepository accounts, Officers officers, PasswordEncoder passwords,
            AuditTrail audit) {
        this.accounts = accounts;
        this.officers = officers;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> accounts() {
        return accounts.findAll().stream().sorted(java.util.Comparator.comparing(UserAccount::getUsername)).toList();
    }

    /**
     * An officer's or unit head's account is their officer record (username = officer code); managers and admins
     * have no officer record. Returns the password to hand over, generated when none is given.
     */
    @Transactional
    public String create(String username, Role role, Long officerId, String password, Actor by) {
        Officer officer = officerId == null ? null : officers.find(officerId)
                .orElseThrow(() -> new Refusal("accounts.problem.officer"));
        if (officer != null && officer.getLeftOn().isPresent()) {
            throw new Refusal("problem.officer.left", officer.getCode() + " left the center", officer.label());
        }
        boolean serves = role == Role.OFFICER || role == Role.UNIT_HEAD;
        if (serves != (officer != null)) {
            throw new Refusal("accounts.problem.officer");
        }
        String name = officer != null ? officer.getCode() : username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._-]{3,60}")) {
            throw new Refusal("accounts.problem.username");
        }
        if (accounts.findByUsernameIgnoreCase(name).isPresent()) {
            throw new Refusal("accounts.problem.taken");
        }
        String given = password == null || password.isBlank() ? generated() : password;
        if (given.length() < MIN_PASSWORD) {
            throw new Refusal("accounts.problem.password");
        }
        accounts.save(new UserAccount(name, passwords.encode(given), role,
                officer != null ? officer.getFullName() : name, officer == null ? null : officer.getId(),
                role == Role.UNIT_HEAD ? officer.getUnit().getId() : null));
        audit.record(by, AuditAction.ACCOUNT_CREATED, "account " + name, role.name());
        return given;
    }

    /** A new password for someone who forgot theirs; shown once to the admin, stored only as a hash. */
    @Transactional
    public String resetPassword(String username, Actor by) {
        UserAccount account = find(username);
        String password = generated();
        account.changePassword(passwords.encode(password));
        audit.record(by, AuditAction.PASSWORD_RESET, "account " + account.getUsername(), null);
        return password;
    }

    /** A locked account cannot sign in (an officer who left); nothing they did is removed. */
    @Transactional
    public void setEnabled(String username, boolean enabled, Actor by) {
        UserAccount account = find(username);
        if (account.isEnabled() != enabled) {
            account.enable(enabled);
            audit.record(by, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
                    "account " + account.getUsername(), null);
        }
    }

    private UserAccount find(String username) {
        return accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new Refusal("accounts.problem.unknown"));
    }

    private static String generated() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
