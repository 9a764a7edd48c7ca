package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.audit.Actor;
import vn.motcua.i18n.Refusal;

/** Accounts as the admin manages them: hashed, one per officer, reset and locked on the record. */
@ServerTest
class AccountAdminTest {

    @Autowired
    AccountAdmin admin;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QueueTestData data;

    @Test
    void aManagerAccountIsHashedAndSignsIn() throws Exception {
        String password = admin.create("phogiamdoc", Role.MANAGER, null, "mot-mat-khau-dai", Actor.user("admin"));

        assertThat(password).isEqualTo("mot-mat-khau-dai");
        String stored = jdbc.sql("select password_hash from user_account where username = 'phogiamdoc'")
                .query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(manager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated("phogiamdoc", password))
                .isAuthenticated()).isTrue();
        assertThat(jdbc.sql("select actor || ' ' || action from audit_record where subject = 'account phogiamdoc'")
                .query(String.class).list()).containsExactly("admin ACCOUNT_CREATED");
    }

    @Test
    void anOfficersAccountIsTheirOfficerCodeAndOnlyOne() {
        jdbc.sql("delete from user_account where username = 'CB05'").update();
        String generated = admin.create(null, Role.OFFICER, data.officerId("CB05"), null, Actor.user("admin"));

        assertThat(generated).hasSize(12);
        SignedInUser cb05 = accounts.loadUserByUsername("cb05");
        assertThat(cb05.officerId()).isEqualTo(data.officerId("CB05"));
        assertThat(cb05.servesAtCounters()).isTrue();
        assertThatThrownBy(() -> admin.create(null, Role.OFFICER, data.officerId("CB05"), null, Actor.user("admin")))
                .isInstanceOf(Refusal.class).hasMessage("accounts.problem.taken");
        assertThatThrownBy(() -> admin.create("giamdoc2", Role.OFFICER, null, null, Actor.user("admin")))
                .isInstanceOf(Refusal.class).hasMessage("accounts.problem.officer");
        assertThatThrownBy(() -> admin.create("x1y2z3", Role.MANAGER, null, "short", Actor.user("admin")))
                .isInstanceOf(Refusal.class).hasMessage("accounts.problem.password");
    }

    @Test
    void aLockedAccountCannotSignInAndAResetPasswordWorksOnce() throws Exception {
        admin.create("truongca", Role.MANAGER, null, "mat-khau-ban-dau", Actor.user("admin"));
        String fresh = admin.resetPassword("truongca", Actor.user("admin"));

        assertThat(passwords.matches(fresh, accounts.loadUserByUsername("truongca").getPassword())).isTrue();
        assertThat(passwords.matches("mat-khau-ban-dau", accounts.loadUserByUsername("truongca").getPassword()))
                .isFalse();

        admin.setEnabled("truongca", false, Actor.user("admin"));
        assertThatThrownBy(() -> manager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("truongca", fresh)))
                .isInstanceOf(DisabledException.class);
        assertThat(jdbc.sql("select action from audit_record where subject = 'account truongca' order by id")
                .query(String.class).list()).containsExactly("ACCOUNT_CREATED", "PASSWORD_RESET", "ACCOUNT_DISABLED");
    }

    private AuthenticationManager manager() throws Exception {
        return authentication.getAuthenticationManager();
    }
}
