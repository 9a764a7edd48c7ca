package vn.motcua.security;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.motcua.counter.CounterConsoleView;
import vn.motcua.device.DevicesView;
import vn.motcua.kiosk.TrackingView;
import vn.motcua.report.BoardView;
import vn.motcua.report.ScorecardView;

/**
 * Who may open which screen, in one table. The views live in UI modules that know nothing of security, so the
 * rules are kept here rather than as annotations on them. A screen missing from the table is closed to all.
 */
final class ScreenAccess implements NavigationAccessChecker {

    /** Open to anyone: the start page, the visitor's phone page, sign-in and pairing. */
    static final Set<Class<?>> PUBLIC = Set.of(HomeView.class, TrackingView.class, LoginView.class,
            PairingView.class);

    static final Map<Class<?>, Set<Role>> BY_ROLE = Map.of(
            CounterConsoleView.class, EnumSet.of(Role.OFFICER, Role.UNIT_HEAD),
            BoardView.class, EnumSet.of(Role.MANAGER, Role.UNIT_HEAD, Role.ADMIN),
            ScorecardView.class, EnumSet.of(Role.MANAGER, Role.UNIT_HEAD, Role.ADMIN),
            DevicesView.class, EnumSet.of(Role.MANAGER, Role.ADMIN),
            DeviceAdminView.class, EnumSet.of(Role.ADMIN),
            SettingsView.class, EnumSet.of(Role.ADMIN),
            AccountsView.class, EnumSet.of(Role.ADMIN),
            AuditView.class, EnumSet.of(Role.MANAGER, Role.ADMIN));

    @Override
    public AccessCheckResult check(NavigationContext context) {
        Class<?> screen = context.getNavigationTarget();
        if (context.isErrorHandling() || PUBLIC.contains(screen)) {
            return context.allow();
        }
        if (DeviceScreens.isDeviceScreen(screen)) {
            // Which device may show it is decided by DeviceScreenGuard, which sends others to pairing, not sign-in.
            return context.allow();
        }
        Set<Role> roles = BY_ROLE.get(screen);
        if (roles == null) {
            return context.deny("No access rule for " + screen.getName());
        }
        return roles.stream().anyMatch(role -> context.hasRole(role.name()))
                ? context.allow() : context.deny("Needs one of " + roles);
    }
}
