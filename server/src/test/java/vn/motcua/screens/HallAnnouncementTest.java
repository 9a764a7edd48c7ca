package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.counter.HallDisplayView;
import vn.motcua.counter.HallDisplayView.Announcement;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.RouteTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.queue.Ticket;

/** The hall board asks the browser to announce every new call aloud, in call order, and each recall again. */
class HallAnnouncementTest extends ScreenTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    RouteTicket route;

    @Test
    void twoCallsInARowAreAnnouncedInCallOrder() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callers.asDevice(vn.motcua.security.DeviceRole.HALL, null);
        HallDisplayView hall = navigate(HallDisplayView.class);
        assertThat(hall.announcements()).isEmpty();
        assertThat(find(NativeButton.class).withClassName("hall-sound").single().getText()).isEqualTo("Bật âm thanh");

        callNext.callNext(1);
        callNext.callNext(3);

        awaitPushed(() -> assertThat(hall.announcements())
                .containsExactly(new Announcement("A001", 1), new Announcement("C001", 3)));
    }

    @Test
    void callsAlreadyOnTheBoardAreNotAnnouncedAgainButARecallIs() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        callNext.callNext(1);
        callers.asDevice(vn.motcua.security.DeviceRole.HALL, null);
        HallDisplayView hall = navigate(HallDisplayView.class);
        assertThat(viewText()).contains("A001");
        assertThat(hall.announcements()).isEmpty();

        serve.recall(1);

        awaitPushed(() -> assertThat(hall.announcements()).containsExactly(new Announcement("A001", 1)));
    }

    @Test
    void aWalkInAndASecondServiceAreAnnouncedAsTheyAppearOnTheBoard() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        callNext.callNext(1);
        callers.asDevice(vn.motcua.security.DeviceRole.HALL, null);
        HallDisplayView hall = navigate(HallDisplayView.class);

        Ticket walkIn = issueTicket.serveWalkIn(4, "KD-HKD");
        route.secondService(1, "TP-CT");

        awaitPushed(() -> assertThat(hall.announcements()).containsExactly(
                new Announcement(walkIn.getNumber(), 4), new Announcement("A001", 1)));
    }
}
