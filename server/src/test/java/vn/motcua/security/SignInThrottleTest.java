package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;

/** Guessing a password is slowed down: five wrong ones lock the name for fifteen minutes, then it is forgiven. */
@ServerTest
class SignInThrottleTest {

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    MutableClock clock;

    @Test
    void fiveWrongPasswordsLockTheNameForAWhile() throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        for (int i = 0; i < SignInThrottle.ATTEMPTS; i++) {
            assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("CB03",
                    "doan-mat-khau"))).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("cb03",
                DemoAccess.PASSWORD))).isInstanceOf(LockedException.class);
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("CB04",
                DemoAccess.PASSWORD)).isAuthenticated()).as("another officer is not affected").isTrue();

        clock.advance(SignInThrottle.WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("CB03",
                DemoAccess.PASSWORD)).isAuthenticated()).isTrue();
        // The right password forgave the wrong ones: a single slip afterwards does not lock again.
        clock.advance(Duration.ofMinutes(-20));
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("CB03",
                "doan-mat-khau"))).isInstanceOf(BadCredentialsException.class);
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("CB03",
                DemoAccess.PASSWORD)).isAuthenticated()).isTrue();
    }
}
