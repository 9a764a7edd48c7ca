package vn.motcua.screens.center;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import vn.motcua.setup.CenterSetup;
import vn.motcua.setup.SetupStep;

/**
 * A real center's first set-up, step by step: the center, its working week, its services, its counters. Each step
 * links the screen where it is done and is ticked once done; the kiosk opens when all are. Read at every visit, so
 * coming back from a step shows it ticked.
 */
@RolesAllowed("ADMIN")
@Route("admin/setup")
@StyleSheet("styles/admin.css")
public class SetupView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final CenterSetup setup;
    private final Paragraph state = new Paragraph();
    private final OrderedList steps = new OrderedList();

    public SetupView(CenterSetup setup) {
        this.setup = setup;
        addClassNames("admin", "setup");
        state.setId("setup-state");
        steps.setId("setup-steps");
        steps.addClassName("setup-steps");
        Div more = new Div(new H2(getTranslation("setup.more")),
                link("/admin/accounts", "setup.more.accounts"), link("/admin/devices", "setup.more.devices"),
                link("/admin/settings", "setup.more.settings"), link("/admin/duty", "setup.more.duty"));
        more.addClassName("setup-more");
        add(new H1(getTranslation("setup.page-title")), new Paragraph(getTranslation("setup.hint")), state, steps,
                more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<SetupStep> now = setup.steps();
        steps.removeAll();
        boolean nextMarked = false;
        for (SetupStep step : now) {
            String kind = step.kind().name().toLowerCase(Locale.ROOT);
            Anchor go = new Anchor(step.kind().address, getTranslation("setup.step." + kind));
            go.setId("setup-step-" + kind);
            Span done = new Span(getTranslation(step.done() ? "setup.done" : "setup.to-do"));
            done.addClassName(step.done() ? "setup-done" : "setup-to-do");
            ListItem item = new ListItem(go, done, new Span(getTranslation("setup.step." + kind + ".hint")));
            item.addClassName("setup-step");
            if (!step.done() && !nextMarked) {
                item.addClassName("setup-next");
                nextMarked = true;
            }
            steps.add(item);
        }
        long left = now.stream().filter(step -> !step.done()).count();
        state.setText(left == 0 ? getTranslation("setup.ready") : getTranslation("setup.left", left));
        state.getElement().setAttribute("data-left", Long.toString(left));
    }

    private Anchor link(String address, String key) {
        Anchor anchor = new Anchor(address, getTranslation(key));
        anchor.addClassName("setup-link");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.page-title");
    }
}
