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

    /** Which screen a path is, for the pairing screen a device was sent to instead. */
    public static Optional<Requirement> requirement(String path) {
        List<String> segments = new Location(path == null ? "" : path).getSegments();
        String first = segments.isEmpty() ? "" : segments.get(0);
        return switch (first) {
            case "kiosk" -> Optional.of(new Requirement(DeviceRole.KIOSK, null));
            case "pad" -> Optional.ofNullable(counterOf(new Location(path))).map(n -> new Requirement(DeviceRole.PAD, n));
            case "display" -> segments.size() > 1 && segments.get(1).equals("hall")
                    ? Optional.of(new Requirement(DeviceRole.HALL, null))
                    : Optional.ofNullable(counterOf(new Location(path)))
                            .map(n -> new Requirement(DeviceRole.COUNTER_DISPLAY, n));
            default -> Optional.empty();
        };
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
