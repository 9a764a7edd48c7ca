package vn.motcua.security;

import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.counter.CounterDisplayView;
import vn.motcua.counter.HallDisplayView;
import vn.motcua.counter.PadView;
import vn.motcua.kiosk.KioskView;

/** The screens only a paired device may show, and which device each needs. */
public final class DeviceScreens {

    private static final Map<Class<?>, DeviceRole> SCREENS = Map.of(
            KioskView.class, DeviceRole.KIOSK,
            HallDisplayView.class, DeviceRole.HALL,
            CounterDisplayView.class, DeviceRole.COUNTER_DISPLAY,
            PadView.class, DeviceRole.PAD);

    /**
     * The session attribute holding the device token last seen on this browser's requests: a navigation that
     * arrives over the push connection may not carry the cookie.
     */
    public static final String SESSION_TOKEN = "motcua.device-token";

    private DeviceScreens() {
    }

    public static boolean isDeviceScreen(Class<?> target) {
        return SCREENS.containsKey(target);
    }

    /** The device a navigation needs; a counter's screen names its counter as the last path segment. */
    public static Optional<Requirement> requirement(Class<?> target, Location location) {
        DeviceRole role = SCREENS.get(target);
        if (role == null) {
            return Optional.empty();
        }
        return Optional.of(new Requirement(role, role.perCounter() ? counterOf(location) : null));
    }

    private static Integer counterOf(Location location) {
        List<String> segments = location.getSegments();
        try {
            return segments.isEmpty() ? null : Integer.valueOf(segments.get(segments.size() - 1));
        } catch (NumberFormatException notACounter) {
            return null;
        }
    }

    /** A device role and, for a counter's screens, the counter. */
    public record Requirement(DeviceRole role, Integer counterNumber) {

        public boolean metBy(DeviceIdentity device) {
            return device != null && device.mayShow(role, counterNumber);
        }
    }
}
