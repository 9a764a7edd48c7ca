package vn.motcua.security;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;

/**
 * Who may open which screen, as each screen declares it where it is declared: {@link AnonymousAllowed} for the
 * public ones, {@link RolesAllowed} with {@link Role} names for staff screens; device screens are the pairing's
 * ({@link DeviceScreenGuard}). A screen that declares nothing is closed to all.
 */
final class ScreenAccess implements NavigationAccessChecker {

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
        return Arrays.stream(roles.value()).map(Role::valueOf).anyMatch(role -> context.hasRole(role.name()))
                ? context.allow() : context.deny("Needs one of " + Arrays.toString(roles.value()));
    }
}
