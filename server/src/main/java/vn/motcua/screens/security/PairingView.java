package vn.motcua.screens.security;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import vn.motcua.security.DeviceScreens.Requirement;
import vn.motcua.security.DevicePairing;
import vn.motcua.security.PendingPairing;
import vn.motcua.security.DeviceScreenGuard;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What an unpaired browser sees instead of a device screen: a one-time code for the admin to type in. Once
 * approved, the page goes to collect its token by itself and comes back as the screen it asked for.
 */
@AnonymousAllowed
@Route("pair")
@StyleSheet("styles/admin.css")
public class PairingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DevicePairing pairing;
    private final Div code = new Div();
    private final Paragraph asked = new Paragraph();
    private Requirement requirement;
    private String next;
    private PendingPairing pending;

    public PairingView(DevicePairing pairing) {
        this.pairing = pairing;
        addClassName("pairing");
        code.addClassName("pairing-code");
        code.setId("pairing-code");
        asked.addClassName("pairing-asked");
        add(new H1(getTranslation("pairing.title")), asked, code,
                new Paragraph(getTranslation("pairing.how")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Rerouted from a device screen, the guard left which one: that is what this browser asks to become.
        DeviceScreenGuard.RequestedScreen refused = ComponentUtil.getData(event.getUI(),
                DeviceScreenGuard.RequestedScreen.class);
        requirement = refused == null ? null : refused.requirement();
        next = refused == null ? "/" : refused.path();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (requirement == null) {
            asked.setText(getTranslation("pairing.no-screen"));
            code.setVisible(false);
            return;
        }
        UI ui = attach.getUI();
        asked.setText(getTranslation("pairing.asked." + requirement.role().name().toLowerCase(java.util.Locale.ROOT),
                requirement.counterNumber() == null ? "" : requirement.counterNumber()));
        pending = pairing.request(requirement.role(), requirement.counterNumber(), next,
                claimUrl -> ui.access(() -> ui.getPage().setLocation(claimUrl)));
        code.setText(pending.code().substring(0, 3) + " " + pending.code().substring(3));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (pending != null) {
            pairing.withdraw(pending);
            pending = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pairing.title");
    }
}
