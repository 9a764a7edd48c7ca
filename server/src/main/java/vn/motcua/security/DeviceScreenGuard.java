package vn.motcua.security;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;
import vn.motcua.security.DevicePairing.DeviceRevoked;
import vn.motcua.security.DeviceScreens.Requirement;

/**
 * Shows a device screen only to the device paired for it (the pad of counter 3 only on /pad/3); any other
 * browser gets the pairing screen in its place. Remembers which UIs each device has open, so a revocation
 * closes them at once instead of at the next reload.
 */
@Component
public class DeviceScreenGuard implements VaadinServiceInitListener {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeviceScreenGuard.class);
    /** The pairing screen's route, where a browser not paired for a device screen is sent. */
    private static final String PAIRING = "pair";

    private final DevicePairing pairing;
    private final Set<UI> deviceUis = ConcurrentHashMap.newKeySet();

    DeviceScreenGuard(DevicePairing pairing) {
        this.pairing = pairing;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Optional<Requirement> requirement = DeviceScreens.requirement(event.getNavigationTarget(), event.getLocation());
        if (requirement.isEmpty()) {
            return;
        }
        DeviceIdentity device = currentDevice().orElse(null);
        if (!requirement.get().metBy(device)) {
            log.info("Device screen /{} refused to {}: sent to pairing", event.getLocation().getPath(),
                    device == null ? "a browser without a valid device token" : device);
            // The pairing screen asks to become the screen that was refused, so it needs to know which one.
            ComponentUtil.setData(event.getUI(), RequestedScreen.class,
                    new RequestedScreen(requirement.get(), "/" + event.getLocation().getPathWithQueryParameters()));
            event.rerouteTo(PAIRING);
            return;
        }
        UI ui = event.getUI();
        ComponentUtil.setData(ui, DeviceIdentity.class, device);
        if (deviceUis.add(ui)) {
            ui.addDetachListener(detach -> deviceUis.remove(ui));
        }
    }

    /**
     * The device of this request, by the token its browser holds (the cookie). A navigation that arrives over the
     * push connection may not carry the cookie, so the session remembers the token last seen; either way it is
     * checked against the database, so a revoked token stops at once.
     */
    private Optional<DeviceIdentity> currentDevice() {
        String token = VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                ? DeviceCookie.read(request.getHttpServletRequest()).orElse(null) : null;
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            if (token != null) {
                session.setAttribute(DeviceScreens.SESSION_TOKEN, token);
            } else {
                token = (String) session.getAttribute(DeviceScreens.SESSION_TOKEN);
            }
        }
        return Optional.ofNullable(token).flatMap(pairing::authenticate);
    }

    /** The device screen a browser was refused, and the path to return to once paired. */
    public record RequestedScreen(Requirement requirement, String path) {
    }

    @TransactionalEventListener
    void revoked(DeviceRevoked revoked) {
        for (UI ui : deviceUis) {
            DeviceIdentity device = ComponentUtil.getData(ui, DeviceIdentity.class);
            if (device != null && device.id() == revoked.deviceId()) {
                ui.access(() -> {
                    ComponentUtil.setData(ui, DeviceIdentity.class, null);
                    ui.getPage().reload();
                });
            }
        }
    }
}
