package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.counter.CounterConsoleView;
import vn.motcua.counter.CounterPort.CounterInfo;
import vn.motcua.counter.CounterPort.OfficerInfo;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketRepository;
import vn.motcua.queue.TicketStatus;

class CounterConsoleScreenTest extends ScreenTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    TicketRepository tickets;

    @Test
    void officerCallsTheNextTicketAndFinishesIt() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("TP-CT", PriorityCategory.PREGNANT);
        navigate(CounterConsoleView.class);
        chooseCounter("Quầy 1 – Tư pháp – Hộ tịch");

        assertThat(officerSelect().getValue().fullName()).isEqualTo("Nguyễn Thị Hương");
        assertThat(viewText()).contains("Đang chờ quầy này: 2", "B001", "A001", "Ưu tiên");

        test(button("console-call")).click();
        assertThat(spanText("console-number")).isEqualTo("B001");
        assertThat(viewText()).contains("Đang chờ quầy này: 1");

        test(button("console-finish")).click();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("console-number").exists()).isFalse();
        Ticket served = tickets.findAll().stream().filter(t -> t.getNumber().equals("B001")).findFirst().orElseThrow();
        assertThat(served.getStatus()).isEqualTo(TicketStatus.DONE);
        assertThat(served.getOfficer().getFullName()).isEqualTo("Nguyễn Thị Hương");
    }

    @Test
    void anotherOfficerTakingTheCounterIsCreditedWithWhatTheyCall() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        navigate(CounterConsoleView.class);
        chooseCounter("Quầy 1 – Tư pháp – Hộ tịch");
        test(officerSelect()).selectItem("Vũ Ngọc Ánh – Phòng Tư pháp – Hộ tịch");
        test(button("console-call")).click();
        assertThat(tickets.findAll()).singleElement()
                .satisfies(ticket -> assertThat(ticket.getOfficer().getFullName()).isEqualTo("Vũ Ngọc Ánh"));
    }

    @Test
    void anEmptyQueueSaysSoInsteadOfFailing() {
        navigate(CounterConsoleView.class);
        chooseCounter("Quầy 6 – Công an");
        test(button("console-call")).click();
        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Không còn ai chờ dịch vụ của quầy này.");
    }

    @Test
    void aBookmarkedConsoleOpensAtItsCounter() {
        navigate("counter/3", CounterConsoleView.class);
        assertThat(officerSelect().getValue().fullName()).isEqualTo("Trần Văn Đức");
        assertThat(button("console-call").isEnabled()).isTrue();
    }

    @Test
    void nothingCanBeCalledBeforeACounterIsChosen() {
        navigate(CounterConsoleView.class);
        assertThat(button("console-call").isEnabled()).isFalse();
        assertThat(button("console-finish").isEnabled()).isFalse();
        assertThat(viewText()).contains("Chọn quầy làm việc để bắt đầu.");
    }

    @Test
    void officerRecallsThenMarksAnAbsentVisitorOnlyAfterTheRequiredRecalls() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        navigate("counter/3", CounterConsoleView.class);
        test(button("console-call")).click();

        test(button("console-no-show")).click();
        assertThat(test(find(Notification.class).last()).getText()).contains("gọi lại");
        test(button("console-recall")).click();
        test(button("console-recall")).click();
        assertThat(viewText()).contains("Đã gọi lại 2 lần");
        test(button("console-no-show")).click();

        assertThat(tickets.findAll()).singleElement().extracting(Ticket::getStatus).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(viewText()).contains("Không có số nào đang phục vụ.");
    }

    @Test
    void aHoldNeedsAReasonAndTheHeldTicketCanBeResumed() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        navigate("counter/3", CounterConsoleView.class);
        test(button("console-call")).click();
        test(button("console-start")).click();
        assertThat(viewText()).contains("Đang phục vụ");

        test(button("console-hold")).click();
        assertThat(test(find(Notification.class).last()).getText()).startsWith("Tạm dừng phiếu cần ghi rõ lý do");
        test(find(com.vaadin.flow.component.textfield.TextField.class).withClassName("console-hold-comment").single())
                .setValue("Đi photo giấy tờ");
        test(button("console-hold")).click();
        assertThat(viewText()).contains("Đang tạm dừng: C001");

        test(button("console-resume")).click();
        assertThat(spanText("console-number")).isEqualTo("C001");
        assertThat(tickets.findAll()).singleElement().extracting(Ticket::getStatus).isEqualTo(TicketStatus.SERVING);
    }

    @Test
    void aTransferKeepsTheNumberAndAWalkInGetsARecord() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        navigate("counter/3", CounterConsoleView.class);
        test(button("console-call")).click();
        test(serviceSelect()).selectItem("D · Cấp giấy phép xây dựng nhà ở riêng lẻ");
        test(button("console-transfer")).click();
        assertThat(tickets.findAll()).singleElement().satisfies(ticket -> {
            assertThat(ticket.getNumber()).isEqualTo("C001");
            assertThat(ticket.getService().getCode()).isEqualTo("XD-GP");
            assertThat(ticket.getStatus()).isEqualTo(TicketStatus.WAITING);
        });

        test(button("console-walk-in")).click();
        assertThat(spanText("console-number")).isEqualTo("D001");
    }

    @SuppressWarnings("unchecked")
    private Select<vn.motcua.counter.CounterPort.ServiceOption> serviceSelect() {
        return find(Select.class).withLabel("Dịch vụ").single();
    }

    @SuppressWarnings("unchecked")
    private void chooseCounter(String name) {
        Select<CounterInfo> counter = find(Select.class).withLabel("Quầy").single();
        test(counter).selectItem(name);
    }

    @SuppressWarnings("unchecked")
    private Select<OfficerInfo> officerSelect() {
        return find(Select.class).withLabel("Cán bộ tại quầy").single();
    }

    private Button button(String className) {
        return find(Button.class).withClassName(className).single();
    }
}
