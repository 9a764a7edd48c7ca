package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/** Re-renders a view whenever the port reports a change, through the view's UI under push; nothing polls. */
final class LiveRefresh {

    private LiveRefresh() {
    }

    static void bind(Component view, CounterPort port, Runnable render) {
        Registration[] subscription = new Registration[1];
        view.addAttachListener(attach -> subscription[0] = port.onChange(
                () -> attach.getUI().access(render::run)));
        view.addDetachListener(detach -> {
            if (subscription[0] != null) {
                subscription[0].remove();
            }
        });
    }
}
