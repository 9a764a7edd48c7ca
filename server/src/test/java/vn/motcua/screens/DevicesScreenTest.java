package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.screens.device.DevicesView;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.internal.TicketRepository;
import vn.motcua.queue.TicketStatus;

class DevicesScreenTest extends ScreenTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    TicketRepository tickets;

    @Test
    void managersSeeTheLinksHealthAndCanPressSimulatedKeys() {
        issueTicket.issue("CA-CT", PriorityCategory.NONE);
        callers.signIn("giamdoc");
        navigate(DevicesView.class);
        assertThat(viewText()).contains("Máy in phiếu (mô phỏng hoặc chưa cấu hình)", "Bảng LED số quầy (mô phỏng)",
                "Đang hoạt động", "Quầy 6 – Công an");

        Div counter6 = find(Div.class).withClassName("devices-counter")
                .withCondition(row -> row.getElement().getTextRecursively().contains("Quầy 6")).single();
        test(find(Button.class, counter6).withText("Gọi số").single()).click();

        await().atMost(Duration.ofSeconds(5))
                .until(() -> tickets.findAll().getFirst().getStatus() == TicketStatus.CALLED);
        // The board receives its frame on the display bus's own thread, a moment after the call: refresh to see it.
        awaitPushed(() -> {
            test(find(Button.class).withClassName("devices-refresh").single()).click();
            assertThat(find(Div.class).withClassName("devices-counter")
                .withCondition(row -> row.getElement().getTextRecursively().contains("Quầy 6")).single()
                .getElement().getTextRecursively()).contains("G001");
        });
    }
}
