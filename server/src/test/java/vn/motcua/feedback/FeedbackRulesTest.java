package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.RecordProvinceDossiers;
import vn.motcua.i18n.Refusal;
import vn.motcua.outbox.MessageChannel;
import vn.motcua.outbox.Outbox;
import vn.motcua.outbox.OutboxMessage;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.Ticket;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/**
 * Feedback's rules: the deadline on the working calendar, who sees and answers feedback and denunciations, one answer,
 * publication cleared of personal data, the warning before the deadline, the on-time figure and the SMS on answer.
 *
 * <p>Deadline by hand (hours 07:30-17:00 Monday to Friday; Friday 1/1/2027 is Tết Dương lịch): ten working days after
 * Wednesday 23/12/2026 10:00, the day itself not counted, are Thu 24, Fri 25, Mon 28, Tue 29, Wed 30, Thu 31/12,
 * (Fri 1/1 holiday, the weekend), Mon 4, Tue 5, Wed 6, Thu 7/1: due Thursday 7/1/2027 at 17:00.
 */
@ServerTest
@RecordApplicationEvents
class FeedbackRulesTest {

    static final String PHONE = "0912 345 678";

    @Autowired
    SendFeedback send;
    @Autowired
    FeedbackDesk desk;
    @Autowired
    PublicFeedback publicFeedback;
    @Autowired
    FeedbackFigures figures;
    @Autowired
    FeedbackWatch watch;
    @Autowired
    CenterSettings settings;
    @Autowired
    Outbox outbox;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    RecordProvinceDossiers recordDossiers;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void noFeedback() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        data.setting("feedback_days", 10);
        data.setting("warning_hours", 24);
        jdbc.sql("update center set denunciation_to = null").update();
        jdbc.sql("delete from user_account where username = 'thanhtra'").update();
        // A second manager, the inspector a center may name: PostgreSQL's tests have no demo accounts.
        jdbc.sql("insert into user_account (username, password_hash, role, full_name) values"
                + " ('thanhtra', 'x', 'MANAGER', 'Thanh tra')").update();
        clock.set(LocalDateTime.of(2026, 12, 23, 10, 0));
    }

    @AfterEach
    void noInspector() {
        jdbc.sql("update center set denunciation_to = null").update();
        jdbc.sql("delete from user_account where username = 'thanhtra'").update();
    }

    @Test
    void theDeadlineIsTenWorkingDaysOverTheWeekendsAndTetDuongLichEndingAtClosingTime() {
        Feedback sent = send.send(request(FeedbackCategory.DELAY, null, null));

        assertThat(sent.getAnswerDueAt()).isEqualTo(local(2027, 1, 7, 17, 0));
        assertThat(sent.getReceivedAt()).isEqualTo(local(2026, 12, 23, 10, 0));
        assertThat(sent.getCode()).matches("PA-[A-HJKMNP-Z2-9]{8}");
        assertThat(sent.getKind()).isEqualTo(FeedbackKind.FEEDBACK);
        assertThat(sent.getUnitId()).isEmpty();
        assertThat(publicFeedback.byCode(sent.getCode().toLowerCase())).map(Feedback::getId).contains(sent.getId());
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'FEEDBACK_RECEIVED' and subject = ?"
                + " and detail not like '%0912%'").param(sent.getCode()).query(Long.class).single()).isOne();
    }

    @Test
    void intakeIsRefusedInWords() {
        refused(() -> send.send(new FeedbackRequest(FeedbackCategory.OTHER, "Quá chậm", null, FeedbackChannel.HOTLINE,
                null, null)), "problem.feedback.channel");
        refused(() -> send.send(request(null, null, null)), "problem.feedback.category");
        refused(() -> send.send(new FeedbackRequest(FeedbackCategory.OTHER, "  ngắn ", null, FeedbackChannel.KIOSK,
                null, null)), "problem.feedback.text");
        refused(() -> send.send(new FeedbackRequest(FeedbackCategory.OTHER, "x".repeat(2001), null,
                FeedbackChannel.KIOSK, null, null)), "problem.feedback.text");
        refused(() -> send.send(new FeedbackRequest(FeedbackCategory.OTHER, "Quá chậm", "x".repeat(201),
                FeedbackChannel.KIOSK, null, null)), "problem.feedback.contact");
        refused(() -> send.send(request(FeedbackCategory.OTHER, "NO-SUCH-TICKET", null)),
                "problem.feedback.ticket-unknown");
        refused(() -> send.send(request(FeedbackCategory.OTHER, null, "000.00.00.H00-261223-9999")),
                "problem.feedback.dossier-unknown");
        assertThat(data.count("feedback")).isZero();
    }

    @Test
    void feedbackAboutAServedTicketGoesToTheUnitOfItsOfficerAndItsHead() {
        Ticket ticket = servedByCb02();
        Feedback sent = send.send(request(FeedbackCategory.ATTITUDE, ticket.getTrackingCode(), null));

        assertThat(sent.getTicketId()).contains(ticket.getId());
        assertThat(sent.getOfficerId()).contains(data.officerId("CB02"));
        assertThat(sent.getUnitId()).contains(unit("KT"));
        assertThat(desk.list(head("CB02", "KT"), true)).extracting(Feedback::getCode).containsExactly(sent.getCode());
        assertThat(desk.list(manager("giamdoc"), true)).extracting(Feedback::getCode).containsExactly(sent.getCode());
        assertThat(desk.list(admin(), false)).extracting(Feedback::getCode).containsExactly(sent.getCode());
        assertThat(desk.list(headOfOtherUnit(), false)).isEmpty();
        assertThat(desk.list(officer("CB03"), false)).isEmpty();
        assertThat(desk.mayReadContact(admin(), sent)).isFalse();
        assertThat(desk.mayReadContact(head("CB02", "KT"), sent)).isTrue();
    }

    @Test
    void feedbackAboutADossierWithoutAnOfficerGoesToTheDossiersUnit() {
        DossierTestData.record(recordDossiers);
        Feedback sent = send.send(request(FeedbackCategory.DELAY, null, "KT-1"));

        assertThat(sent.getDossierId()).isPresent();
        assertThat(sent.getOfficerId()).isEmpty();
        assertThat(sent.getUnitId()).contains(unit("KT"));
    }

    @Test
    void aDenunciationIsSeenByTheManagersOnlyNeverByTheUnitTheAdministratorOrTheOfficerWhoTookTheCall() {
        Ticket ticket = servedByCb02();
        Feedback denounced = send.recordCall(new FeedbackRequest(FeedbackCategory.ASKED_FOR_MONEY,
                "Cán bộ quầy 3 đòi 200.000 đồng", PHONE, FeedbackChannel.KIOSK, ticket.getTrackingCode(), null),
                user("CB03", Role.OFFICER));

        assertThat(denounced.getKind()).isEqualTo(FeedbackKind.DENUNCIATION);
        assertThat(denounced.getChannel()).isEqualTo(FeedbackChannel.HOTLINE);
        assertThat(denounced.getRecordedBy()).contains("CB03");
        assertThat(denounced.getOfficerId()).contains(data.officerId("CB02"));
        assertThat(denounced.getUnitId()).isEmpty();
        assertThat(desk.list(manager("giamdoc"), true)).extracting(Feedback::getCode)
                .containsExactly(denounced.getCode());
        assertThat(desk.list(manager("thanhtra"), true)).hasSize(1);
        assertThat(desk.list(head("CB02", "KT"), false)).isEmpty();
        assertThat(desk.list(admin(), false)).isEmpty();
        assertThat(desk.list(officer("CB03"), false)).as("who took the call down").isEmpty();
        assertThat(desk.list(officer("CB02"), false)).as("the officer named").isEmpty();
        refused(() -> desk.answer(head("CB02", "KT"), denounced.getCode(), "Không có việc đó"),
                "problem.feedback.unknown");

        settings.changeDenunciationTo(" ThanhTra ", Actor.user("admin"));

        assertThat(settings.denunciationTo()).contains("thanhtra");
        assertThat(desk.list(manager("thanhtra"), true)).extracting(Feedback::getCode)
                .containsExactly(denounced.getCode());
        assertThat(desk.list(manager("giamdoc"), false)).isEmpty();
        assertThat(desk.mayReadContact(manager("thanhtra"), denounced)).isTrue();
        assertThat(desk.mayReadContact(manager("giamdoc"), denounced)).isFalse();
        refused(() -> settings.changeDenunciationTo("CB02", Actor.user("admin")), "problem.settings.denunciation-to");
        refused(() -> settings.changeDenunciationTo("nobody", Actor.user("admin")), "problem.settings.denunciation-to");
        settings.changeDenunciationTo(" ", Actor.user("admin"));
        assertThat(settings.denunciationTo()).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_record where subject = 'center.denunciation_to'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aCallTheOfficerRecordedIsTheirsToReadNotToAnswer() {
        Feedback call = send.recordCall(new FeedbackRequest(FeedbackCategory.FACILITIES, "Nhà vệ sinh hỏng",
                PHONE, null, null, null), user("CB03", Role.OFFICER));

        assertThat(desk.list(officer("CB03"), true)).extracting(Feedback::getCode).containsExactly(call.getCode());
        assertThat(desk.mayReadContact(officer("CB03"), call)).isTrue();
        refused(() -> desk.answer(officer("CB03"), call.getCode(), "Đã sửa xong"), "problem.feedback.not-yours");
        refused(() -> desk.answer(admin(), call.getCode(), "Đã sửa xong"), "problem.feedback.not-yours");
    }

    @Test
    void feedbackIsAnsweredOnceAndTheCitizenIsToldByText() {
        Ticket ticket = servedByCb02();
        Feedback sent = send.send(new FeedbackRequest(FeedbackCategory.ATTITUDE, "Cán bộ nói trống không", PHONE,
                FeedbackChannel.PHONE_PAGE, ticket.getTrackingCode(), null));
        clock.set(LocalDateTime.of(2026, 12, 24, 9, 0));

        refused(() -> desk.answer(head("CB02", "KT"), sent.getCode(), "Dạ"), "problem.feedback.answer-text");
        Feedback answered = desk.answer(head("CB02", "KT"), sent.getCode(), "  Đã nhắc nhở cán bộ, xin lỗi ông/bà  ");

        assertThat(answered.getAnswer()).contains("Đã nhắc nhở cán bộ, xin lỗi ông/bà");
        assertThat(answered.getAnsweredBy()).contains("CB02");
        assertThat(answered.getAnsweredAt()).contains(local(2026, 12, 24, 9, 0));
        refused(() -> desk.answer(manager("giamdoc"), sent.getCode(), "Trả lời lần hai"), "problem.feedback.answered");
        assertThat(outbox.about(PublicFeedback.SUBJECT, sent.getCode())).singleElement().satisfies(sms -> {
            assertThat(sms.getChannel()).isEqualTo(MessageChannel.SMS);
            assertThat(sms.getRecipient()).contains("0912345678");
            assertThat(sms.getText()).contains(sent.getCode()).contains("/pa/" + sent.getCode())
                    .doesNotContain("nhắc nhở");
        });
        assertThat(desk.list(head("CB02", "KT"), true)).isEmpty();
        assertThat(desk.list(head("CB02", "KT"), false)).hasSize(1);

        Feedback byMail = send.send(new FeedbackRequest(FeedbackCategory.OTHER, "Góp ý thêm ghế chờ",
                "an@example.vn", FeedbackChannel.KIOSK, null, null));
        desk.answer(manager("giamdoc"), byMail.getCode(), "Cảm ơn, đã bổ sung ghế");
        assertThat(outbox.about(PublicFeedback.SUBJECT, byMail.getCode())).as("no mobile number, no SMS").isEmpty();
    }

    @Test
    void publicationIsFeedbackOnlyAnsweredFirstAndClearedOfPersonalData() {
        Feedback sent = send.send(request(FeedbackCategory.WRONG_GUIDANCE, null, null));
        Feedback denounced = send.send(new FeedbackRequest(FeedbackCategory.ASKED_FOR_MONEY, "Bị đòi tiền ở quầy 2",
                null, FeedbackChannel.HALL_QR, null, null));
        String question = "Công dân phản ánh được hướng dẫn sai giấy tờ";
        String answer = "Trung tâm đã rà soát và hướng dẫn lại";

        refused(() -> desk.publish(manager("giamdoc"), sent.getCode(), question, answer),
                "problem.feedback.not-answered");
        desk.answer(manager("giamdoc"), denounced.getCode(), "Đã xác minh và xử lý");
        refused(() -> desk.publish(manager("giamdoc"), denounced.getCode(), question, answer),
                "problem.feedback.denunciation-private");
        desk.answer(manager("giamdoc"), sent.getCode(), "Đã hướng dẫn lại, gọi 0912.345.678 nếu cần");
        refused(() -> desk.publish(manager("giamdoc"), sent.getCode(), question + ", SĐT 0912 345 678", answer),
                "problem.feedback.personal-data");
        refused(() -> desk.publish(manager("giamdoc"), sent.getCode(), question, answer + " (CCCD 001099012345)"),
                "problem.feedback.personal-data");
        refused(() -> desk.publish(officer("CB03"), sent.getCode(), question, answer), "problem.feedback.unknown");
        assertThat(publicFeedback.published()).isEmpty();

        Feedback published = desk.publish(manager("giamdoc"), sent.getCode(), question, answer);

        assertThat(published.getPublishedQuestion()).contains(question);
        assertThat(published.getPublishedAnswer()).contains(answer);
        assertThat(publicFeedback.published()).extracting(Feedback::getCode).containsExactly(sent.getCode());
        refused(() -> desk.publish(manager("giamdoc"), sent.getCode(), question, answer), "problem.feedback.published");
        assertThat(jdbc.sql("select count(*) from audit_record where action in ('FEEDBACK_ANSWERED',"
                + " 'FEEDBACK_PUBLISHED') and subject in (?, ?)").params(sent.getCode(), denounced.getCode())
                .query(Long.class).single()).isEqualTo(3);
    }

    /** Two working days (Mon 7/12 09:00: due Wed 9/12 17:00), warned when 24 hours remain: Tue 8/12 17:00. */
    @Test
    void unansweredFeedbackIsWarnedOfOnceWhenTheWarningHoursRemain() {
        data.setting("feedback_days", 2);
        clock.set(LocalDateTime.of(2026, 12, 7, 9, 0));
        Feedback waiting = send.send(request(FeedbackCategory.DELAY, null, null));
        Feedback answered = send.send(request(FeedbackCategory.OTHER, null, null));
        desk.answer(manager("giamdoc"), answered.getCode(), "Đã trả lời ngay");
        events.clear();

        assertThat(watch.run(local(2026, 12, 8, 16, 59))).isZero();
        assertThat(watch.run(local(2026, 12, 8, 17, 0))).isOne();
        assertThat(watch.run(local(2026, 12, 8, 17, 30))).isZero();

        assertThat(publicFeedback.byCode(waiting.getCode()).flatMap(Feedback::getWarnedAt))
                .contains(local(2026, 12, 8, 17, 0));
        assertThat(publicFeedback.byCode(answered.getCode()).flatMap(Feedback::getWarnedAt)).isEmpty();
        assertThat(events.stream(FeedbackAlertsChanged.class)).hasSize(1);
        clock.set(LocalDateTime.of(2026, 12, 10, 9, 0));
        Feedback late = send.send(request(FeedbackCategory.DELAY, null, null));
        assertThat(watch.run(late.getAnswerDueAt().plusSeconds(60))).as("past due: overdue, not warned").isZero();
    }

    /**
     * Two working days each. Counted in December: E (in 27/11, due Tue 1/12 17:00, answered 1/12 16:00: on time),
     * A and B (in Mon 7/12, due Wed 9/12 17:00; A answered 8/12, B on Thu 10/12: late), G (a denunciation in Mon 14/12,
     * due Wed 16/12 17:00, answered 16:59: on time), C (in Thu 10/12, due Mon 14/12 17:00, unanswered on Thu 17/12:
     * overdue), D (in Thu 17/12 08:00, due Mon 21/12: open). F (in and answered in November) is not counted. Due: E, A,
     * B, G answered and C overdue, 5; on time E, A, G, 3: 60%.
     */
    @Test
    void theOnTimeFigureCountsWhatWasDueOrAnsweredInThePeriod() {
        data.setting("feedback_days", 2);
        Feedback f = at(2026, 11, 23, 9, 0, FeedbackCategory.OTHER);
        answerAt(f, 2026, 11, 25, 10, 0);
        Feedback e = at(2026, 11, 27, 9, 0, FeedbackCategory.OTHER);
        answerAt(e, 2026, 12, 1, 16, 0);
        Feedback a = at(2026, 12, 7, 9, 0, FeedbackCategory.DELAY);
        Feedback b = at(2026, 12, 7, 9, 0, FeedbackCategory.ATTITUDE);
        answerAt(a, 2026, 12, 8, 10, 0);
        at(2026, 12, 10, 9, 0, FeedbackCategory.FACILITIES);
        answerAt(b, 2026, 12, 10, 9, 30);
        Feedback g = at(2026, 12, 14, 9, 0, FeedbackCategory.ASKED_FOR_MONEY);
        answerAt(g, 2026, 12, 16, 16, 59);
        at(2026, 12, 17, 8, 0, FeedbackCategory.OTHER);
        clock.set(LocalDateTime.of(2026, 12, 17, 9, 0));

        FeedbackFigures.OnTime december = figures.onTime(local(2026, 12, 1, 0, 0), local(2027, 1, 1, 0, 0));

        assertThat(december).isEqualTo(new FeedbackFigures.OnTime(5, 3, 1, 1));
        assertThat(december.percent()).isEqualTo(60);
        assertThat(figures.onTime(local(2026, 10, 1, 0, 0), local(2026, 11, 1, 0, 0)).percent()).isNull();
    }

    private Feedback at(int year, int month, int day, int hour, int minute, FeedbackCategory category) {
        clock.set(LocalDateTime.of(year, month, day, hour, minute));
        return send.send(request(category, null, null));
    }

    private void answerAt(Feedback feedback, int year, int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(year, month, day, hour, minute));
        desk.answer(manager("giamdoc"), feedback.getCode(), "Đã trả lời công dân");
    }

    private Ticket servedByCb02() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        return callNext.callNext(3).orElseThrow();
    }

    private static FeedbackRequest request(FeedbackCategory category, String ticketCode, String dossierCode) {
        return new FeedbackRequest(category, "Chờ quá lâu mà không ai hướng dẫn", null, FeedbackChannel.KIOSK,
                ticketCode, dossierCode);
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    private FeedbackReader head(String officerCode, String unitCode) {
        return new FeedbackReader(officerCode, false, false, data.officerId(officerCode), unit(unitCode));
    }

    private FeedbackReader headOfOtherUnit() {
        return new FeedbackReader("CB01", false, false, data.officerId("CB01"), unit("TP"));
    }

    private FeedbackReader officer(String code) {
        return new FeedbackReader(code, false, false, data.officerId(code), null);
    }

    private static FeedbackReader manager(String username) {
        return new FeedbackReader(username, true, false, null, null);
    }

    private static FeedbackReader admin() {
        return new FeedbackReader("admin", false, true, null, null);
    }

    private SignedInUser user(String officerCode, Role role) {
        return new SignedInUser(officerCode, "x", role, officerCode, data.officerId(officerCode), null, true, false);
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(CenterTime.ZONE).toInstant();
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }
}
