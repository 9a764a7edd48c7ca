package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import vn.motcua.counter.HallBoardPort.HallCall;
import vn.motcua.counter.HallDisplayView.Announcement;

/** The hall board on a fake port: it announces the calls its port delivers, not those it found on opening. */
class HallDisplayViewTest extends FakePortsTest {

    private final FakeHallBoardPort port = FakeScreens.use(HallBoardPort.class, new FakeHallBoardPort());

    @Test
    void aCallDeliveredThroughThePortIsAnnouncedAndShownNewest() {
        HallDisplayView hall = navigate(HallDisplayView.class);
        assertThat(hall.announcements()).isEmpty();

        port.call(new HallCall("c1", "A001", 1, false));
        port.call(new HallCall("c2", "C001", 3, false));

        assertThat(hall.announcements()).containsExactly(new Announcement("A001", 1), new Announcement("C001", 3));
        assertThat(find(Div.class).withClassName("hall-call", "newest").single().getElement().getTextRecursively())
                .isEqualTo("C001→Quầy 3");
    }

    @Test
    void aCallAlreadyOnTheBoardIsNotAnnouncedButItsRecallIs() {
        port.calledBefore(new HallCall("a1", "A001", 1, false));
        HallDisplayView hall = navigate(HallDisplayView.class);
        assertThat(viewText()).contains("A001");

        // The call made just before the board opened, arriving late through the port, is not announced.
        port.call(new HallCall("a1", "A001", 1, false));
        assertThat(hall.announcements()).isEmpty();

        port.call(new HallCall("a1-recall-1", "A001", 1, true));
        assertThat(hall.announcements()).containsExactly(new Announcement("A001", 1));
    }
}
