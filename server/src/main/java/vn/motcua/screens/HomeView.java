package vn.motcua.screens;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import vn.motcua.center.CenterRepository;
import vn.motcua.queue.Counter;
import vn.motcua.queue.CounterRepository;

/** The start page: a link to every screen of the center, for whoever sets up the hall's devices. */
@Route("")
@StyleSheet("styles/board.css")
public class HomeView extends Div implements HasDynamicTitle {

    public HomeView(CenterRepository centers, CounterRepository counters) {
        addClassName("home");
        add(new H1(centers.profile().getName()));
        Div visitors = section(getTranslation("home.visitors"));
        visitors.add(link("/kiosk", getTranslation("home.kiosk")));
        Div hall = section(getTranslation("home.hall"));
        hall.add(link("/display/hall", getTranslation("home.hall-board")));
        Div staff = section(getTranslation("home.staff"));
        staff.add(link("/counter", getTranslation("home.console")), link("/board", getTranslation("home.board")),
                link("/devices", getTranslation("home.devices")));
        Div perCounter = section(getTranslation("home.counters"));
        for (Counter counter : counters.findAllByOrderByNumberAsc()) {
            perCounter.add(link("/display/counter/" + counter.getNumber(),
                    getTranslation("home.counter-display", counter.getNumber())),
                    link("/pad/" + counter.getNumber(), getTranslation("home.pad", counter.getNumber())));
        }
        add(visitors, hall, staff, perCounter);
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
