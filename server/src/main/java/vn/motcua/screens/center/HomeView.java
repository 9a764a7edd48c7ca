package vn.motcua.screens.center;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import vn.motcua.center.Centers;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Counters;
import vn.motcua.security.Accounts;
import vn.motcua.security.DemoAccess;
import vn.motcua.security.Role;
import vn.motcua.security.ScreenAccess;
import vn.motcua.security.SignedInUser;
import vn.motcua.setup.CenterSetup;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The start page: who is signed in, the staff screens, and the device screens; an admin of a center not yet set up is
 * led to the set-up first. A device screen opens only on a
 * paired browser; in the demo each link pairs this browser as that device first.
 */
@AnonymousAllowed
@Route("")
@StyleSheet("styles/board.css")
@StyleSheet("styles/admin.css")
public class HomeView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final boolean demo;
    private final AuthenticationContext authentication;
    private final CenterSetup setup;
    private final Div who = new Div();
    private final Div staff;
    /** The device screens' sections: not shown to the police liaison, whose page links the broker watch only. */
    private final List<Div> devices;

    public HomeView(Centers centers, Counters counters, AuthenticationContext authentication, CenterSetup setup,
            @Value("${motcua.demo.enabled:false}") boolean demo) {
        this.demo = demo;
        this.setup = setup;
        this.authentication = authentication;
        addClassName("home");
        who.addClassName("home-who");
        add(new H1(centers.profile().getName()), who);
        staff = section(getTranslation("home.staff"));
        Div visitors = section(getTranslation("home.visitors"));
        visitors.add(device("/kiosk", DemoAccess.KIOSK_TOKEN, getTranslation("home.kiosk")));
        Div hall = section(getTranslation("home.hall"));
        hall.add(device("/display/hall", "demo-hall", getTranslation("home.hall-board")));
        Div perCounter = section(getTranslation("home.counters"));
        for (Counter counter : counters.all()) {
            int n = counter.getNumber();
            perCounter.add(device("/display/counter/" + n, "demo-display-" + n, getTranslation("home.counter-display", n)),
                    device("/pad/" + n, "demo-pad-" + n, getTranslation("home.pad", n)));
        }
        devices = new ArrayList<>(List.of(visitors, hall, perCounter));
        if (!demo) {
            Div pairing = new Div(new Span(getTranslation("home.devices-need-pairing")));
            add(pairing);
            devices.add(pairing);
        }
    }

    /** Who is signed in is read at each visit: the same page object may be shown again after a sign-in. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        who.removeAll();
        Optional<SignedInUser> signedIn = Accounts.current();
        if (signedIn.map(user -> user.role() == Role.ADMIN).orElse(false) && !setup.complete()) {
            // A new center's admin is led through its set-up first: until then the kiosk issues nothing.
            event.forwardTo(SetupView.class);
            return;
        }
        showStaffScreens(signedIn.map(SignedInUser::role));
        boolean police = signedIn.map(user -> user.role() == Role.POLICE).orElse(false);
        devices.forEach(section -> section.setVisible(!police));
        signedIn.ifPresentOrElse(user -> {
            Button signOut = new Button(getTranslation("home.sign-out"), click -> authentication.logout());
            signOut.setId("sign-out");
            who.add(new Span(getTranslation("home.signed-in", user.fullName(),
                    getTranslation("role." + user.role().name()))), signOut);
        }, () -> who.add(link("/login", getTranslation("home.sign-in"))));
    }

    /** Only the staff screens this role may open, by what each screen declares; none before signing in. */
    private void showStaffScreens(Optional<Role> role) {
        staff.removeAll();
        staff.add(new H2(getTranslation("home.staff")));
        for (StaffScreen screen : StaffScreen.values()) {
            if (ScreenAccess.mayOpen(screen.view, role)) {
                staff.add(link(screen.address, getTranslation(screen.textKey)));
            }
        }
        staff.setVisible(staff.getComponentCount() > 1);
    }

    /** A device screen: in the demo, a link that pairs this browser as the demo's device for it first. */
    private Anchor device(String screen, String demoToken, String text) {
        return link(demo ? DemoAccess.link("", demoToken, screen) : screen, text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }

    private Div section(String title) {
        Div section = new Div(new H2(title));
        section.addClassName("home-section");
        add(section);
        return section;
    }

    private static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.addClassName("home-link");
        return anchor;
    }
}
