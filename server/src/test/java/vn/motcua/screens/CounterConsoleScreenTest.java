package vn.motcua.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.counter.CounterConsoleView;
import vn.motcua.counter.ConsolePort.CounterInfo;
import vn.motcua.counter.ConsolePort.OfficerInfo;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.CarryOver;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.RouteTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.internal.TicketRepository;
import vn.motcua.queue.TicketStatus;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.RatingLevel;

class CounterConsoleScreenTest extends ScreenTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    TicketRepository tickets;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    RouteTicket route;
    @Autowired
    CarryOver carryOver;
    @Autowired
    GiveRating giveRating;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void officerCallsTheNextTicketAndFinishesIt() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("TP-CT", PriorityCategory.PREGNANT);
        callers.signIn("CB01");
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
        // CB07 signs in and takes counter 1 from CB01: the picker offers only the officer signed in.
        callers.signIn("CB07");
        navigate(CounterConsoleView.class);
        chooseCounter("Quầy 1 – Tư pháp – Hộ tịch");
        assertThat(officerSelect().getListDataView().getItems().map(o -> o.fullName()).toList())
                .containsExactly("Vũ Ngọc Ánh");
        test(officerSelect()).selectItem("Vũ Ngọc Ánh – Phòng Tư pháp – Hộ tịch");
        test(button("console-call")).click();
        assertThat(tickets.findAll()).singleElement()
                .satisfies(ticket -> assertThat(ticket.getOfficer().getFullName()).isEqualTo("Vũ Ngọc Ánh"));
    }

    @Test
    void anEmptyQueueSaysSoInsteadOfFailing() {
        callers.signIn("CB06");
        navigate(CounterConsoleView.class);
        chooseCounter("Quầy 6 – Công an");
        test(button("console-call")).click();
        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Không còn ai chờ dịch vụ của quầy này.");
    }

    @Test
    void anOfficerLeavesTheCounterAndNothingMoreIsTheirs() {
        callers.signIn("CB02");
        navigate("counter/3", CounterConsoleView.class);
        test(button("console-leave")).click();

        assertThat(jdbc.sql("select current_officer_id from counter where number = 3").query(Long.class).optional())
                .isEmpty();
        assertThat(button("console-call").isEnabled()).isFalse();
        assertThat(button("console-leave").isEnabled()).isFalse();
        assertThat(jdbc.sql("select actor || ' ' || action || ' ' || detail from audit_record where subject = 'counter 3'"
                + " order by id desc").query(String.class).list().getFirst()).isEqualTo("CB02 COUNTER_CLOSED CB02 SIGNED_OUT");
    }

    @Test
    void anOfficerAlreadySeatedComesBackToTheirCounter() {
        callers.signIn("CB04");
        navigate(CounterConsoleView.class);

        assertThat(find(com.vaadin.flow.component.select.Select.class).withLabel("Quầy").single().getValue())
                .extracting("number").isEqualTo(4);
        assertThat(button("console-call").isEnabled()).isTrue();
    }

    @Test
    void aBookmarkedConsoleOpensAtItsCounter() {
        callers.signIn("CB02");
        navigate("counter/3", CounterConsoleView.class);
        assertThat(officerSelect().getValue().fullName()).isEqualTo("Trần Văn Đức");
        assertThat(button("console-call").isEnabled()).isTrue();
    }

    @Test
    void nothingCanBeCalledBeforeACounterIsChosen() {
        callers.signIn("CB03");
        navigate(CounterConsoleView.class);
        assertThat(button("console-call").isEnabled()).isFalse();
        assertThat(button("console-finish").isEnabled()).isFalse();
        assertThat(viewText()).contains("Chọn quầy làm việc để bắt đầu.");
    }

    @Test
    void officerRecallsThenMarksAnAbsentVisitorOnlyAfterTheRequiredRecalls() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callers.signIn("CB02");
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
        callers.signIn("CB02");
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
        callers.signIn("CB02");
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

    @Test
    void everyButtonShowsItsFunctionKey() {
        callers.signIn("CB02");
        navigate("counter/3", CounterConsoleView.class);
        assertThat(List.of("console-call", "console-start", "console-finish", "console-recall", "console-hold",
                "console-no-show", "console-resume", "console-transfer", "console-walk-in"))
                .extracting(className -> button(className).getSuffixComponent().getElement().getText())
                .containsExactly("F2", "F3", "F4", "F6", "F7", "F8", "F9", "F10", "F11");
        assertThat(button("console-call").getText()).isEqualTo("Gọi số tiếp theo");
    }

    @Test
    void theTimerRunsFromTheCallThenFromTheStartOfService() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callers.signIn("CB02");
        navigate("counter/3", CounterConsoleView.class);
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("console-timer").exists()).isFalse();

        test(button("console-call")).click();
        assertThat(spanText("console-timer-label")).isEqualTo("Chờ công dân đến");
        assertThat(spanText("console-timer")).isEqualTo("0:00");

        // The browser counts on by itself; every render starts again from the server's clock.
        clock.advance(Duration.ofSeconds(125));
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        awaitPushed(() -> assertThat(spanText("console-timer")).isEqualTo("2:05"));

        test(button("console-start")).click();
        assertThat(spanText("console-timer-label")).isEqualTo("Thời gian phục vụ");
        assertThat(spanText("console-timer")).isEqualTo("0:00");
        assertThat(viewText()).contains("Gọi lúc 07:30");

        clock.advance(Duration.ofMinutes(63).plusSeconds(7));
        issueTicket.issue("XD-GP", PriorityCategory.NONE);
        awaitPushed(() -> assertThat(spanText("console-timer")).isEqualTo("1:03:07"));
    }

    @Test
    void theOfficersOwnFiguresOfTheDayFollowWhatTheyServeAndHowTheyAreRated() {
        // The last working day's work of the same officer is not today's (Sunday issues no ticket).
        clock.set(LocalDateTime.of(2026, 11, 20, 15, 0));
        serveAndRate(3, "DD-GCN", Duration.ofMinutes(30), RatingLevel.VERY_SATISFIED);
        // Before 07:00 local time it is still the previous day in UTC: it counts for today all the same.
        clock.set(LocalDateTime.of(2026, 11, 23, 6, 40));
        serveAndRate(3, "DD-GCN", Duration.ofMinutes(5), RatingLevel.UNSATISFIED);
        clock.set(LocalDateTime.of(2026, 11, 23, 7, 30));

        callers.signIn("CB02");
        navigate("counter/3", CounterConsoleView.class);
        assertThat(viewText()).contains("Kết quả hôm nay – Trần Văn Đức");
        assertThat(figure("console-today-served")).isEqualTo("1lượt đã phục vụ");
        assertThat(figure("console-today-average")).isEqualTo("5:00thời gian trung bình mỗi lượt");
        assertThat(figure("console-today-satisfied")).isEqualTo("0%hài lòng (1 đánh giá)");

        serveAndRate(3, "DD-GCN", Duration.ofMinutes(4), RatingLevel.VERY_SATISFIED);
        serveAndRate(3, "XD-GP", Duration.ofMinutes(6), RatingLevel.SATISFIED);
        serveAndRate(3, "DD-GCN", Duration.ofMinutes(9), null);
        // Another officer's service and rating are theirs, not this officer's.
        serveAndRate(1, "HT-KS", Duration.ofMinutes(2), RatingLevel.UNSATISFIED);

        awaitPushed(() -> {
            assertThat(figure("console-today-served")).isEqualTo("4lượt đã phục vụ");
            assertThat(figure("console-today-average")).isEqualTo("6:00thời gian trung bình mỗi lượt");
            assertThat(figure("console-today-satisfied")).isEqualTo("66%hài lòng (3 đánh giá)");
        });
        assertThat(find(Div.class).withClassName("console-today-satisfied").single().getClassNames())
                .contains("below-target");
    }

    @Test
    void aCounterWithNobodySeatedShowsNoFigures() {
        jdbc.sql("update counter set current_officer_id = null where number = 6").update();
        callers.signIn("CB06");
        navigate("counter/6", CounterConsoleView.class);
        assertThat(find(Div.class).withClassName("console-figure").exists()).isFalse();
        assertThat(button("console-call").isEnabled()).isFalse();
    }

    @Test
    void theWaitingListMarksWhoGoesAheadAndWhy() {
        clock.set(LocalDateTime.of(2026, 11, 20, 15, 0)); // the Friday before
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serve.finish(3);
        clock.set(LocalDateTime.of(2026, 11, 20, 17, 0));
        carryOver.run(clock.instant());

        clock.set(LocalDateTime.of(2026, 11, 23, 7, 30));
        data.officersSitDown();
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        issueTicket.issue("XD-GP", PriorityCategory.ELDERLY);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        callNext.callNext(1);
        route.transfer(1, "DD-GCN", null, null);
        clock.advance(Duration.ofMinutes(12));

        callers.signIn("CB02");
        navigate("counter/3", CounterConsoleView.class);
        List<Div> rows = find(Div.class).withClassName("console-waiting-row").all();
        assertThat(rows).extracting(row -> row.getElement().getTextRecursively()).containsExactly(
                "1C002Cấp, đăng ký biến động Giấy chứng nhận quyền sử dụng đấtTừ hôm trước (20/11)lấy số 15:00",
                "2A001Cấp, đăng ký biến động Giấy chứng nhận quyền sử dụng đấtXếp lên đầulấy số 07:30 · chờ 12 phút",
                "3D001Cấp giấy phép xây dựng nhà ở riêng lẻƯu tiên: Người cao tuổilấy số 07:30 · chờ 12 phút",
                "4C001Cấp, đăng ký biến động Giấy chứng nhận quyền sử dụng đấtlấy số 07:30 · chờ 12 phút");
        assertThat(rows).extracting(row -> row.getClassNames().stream().filter(c -> !c.equals("console-waiting-row"))
                .toList()).containsExactly(List.of("carried-over"), List.of("put-in-front"), List.of("priority"),
                List.of());
        assertThat(viewText()).contains("Đang chờ quầy này: 4");
    }

    /** The counter's officer serves a visitor of the service for that long; the citizen rates it (null: does not). */
    private void serveAndRate(int counter, String service, Duration serviceTime, RatingLevel level) {
        issueTicket.issue(service, PriorityCategory.NONE);
        callNext.callNext(counter).orElseThrow();
        serve.startServing(counter);
        clock.advance(serviceTime);
        serve.finish(counter);
        if (level != null) {
            giveRating.rate(counter, level);
        }
    }

    private String figure(String className) {
        return find(Div.class).withClassName(className).single().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Select<vn.motcua.counter.ConsolePort.ServiceOption> serviceSelect() {
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
