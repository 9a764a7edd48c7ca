package vn.motcua.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/** Re-renders a visitor's screen whenever the queue changes, through its UI under push; nothing polls. */
final class LiveRefresh {

    private LiveRefresh() {
    }

    static void bind(Component view, KioskPort port, Runnable render) {
        Registration[] subscription = new Registration[1];
        view.addAttachListener(attach -> subscription[0] = port.onQueueChange(
                () -> attach.getUI().access(render::run)));
        view.addDetachListener(detach -> subscription[0].remove());
    }
}
