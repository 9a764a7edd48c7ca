package vn.motcua.security;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who may open which screen, as each screen declares it where it is declared: {@link AnonymousAllowed} for the
 * public ones, {@link RolesAllowed} with {@link Role} names for staff screens; device screens are the pairing's
 * ({@link DeviceScreenGuard}). A screen that declares nothing is closed to all.
 */
public final class ScreenAccess implements NavigationAccessChecker {

    ScreenAccess() {
    }

    /**
     * Whether a person with this role (empty: nobody signed in) may open the staff or public screen, by the same
     * declarations the navigation checks; a device screen is for its paired device, not for a role, so no.
     */
    public static boolean mayOpen(Class<?> screen, Optional<Role> role) {
        return screen.isAnnotationPresent(AnonymousAllowed.class)
                || declaredFor(screen, declared -> role.map(declared::equals).orElse(false));
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        Class<?> screen = context.getNavigationTarget();
        if (context.isErrorHandling() || screen.isAnnotationPresent(AnonymousAllowed.class)) {
            return context.allow();
        }
        if (DeviceScreens.isDeviceScreen(screen)) {
            // Which device may show it is decided by DeviceScreenGuard, which sends others to pairing, not sign-in.
            return context.allow();
        }
        RolesAllowed roles = screen.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            return context.deny("No access rule for " + screen.getName());
        }
        return declaredFor(screen, role -> context.hasRole(role.name()))
                ? context.allow() : context.deny("Needs one of " + Arrays.toString(roles.value()));
    }

    private static boolean declaredFor(Class<?> screen, Predicate<Role> held) {
        RolesAllowed roles = screen.getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.stream(roles.value()).map(Role::valueOf).anyMatch(held);
    }
}
