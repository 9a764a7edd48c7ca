package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.i18n.Refusal;

/**
 * Feedback from the kiosk names no ticket, dossier or officer: it is with no unit, so only managers see it, until a
 * manager assigns it to the unit concerned, whose head then reads and answers it. A head cannot assign; a denunciation
 * is never assigned (and stays unknown to whoever may not see it); answered feedback stays where it was answered; the
 * deadline does not move; each assignment is audited with the old and the new unit, and both units' desks redraw.
 */
@ServerTest
@RecordApplicationEvents
class FeedbackAssignmentTest {

    @Autowired
    SendFeedback send;
    @Autowired
    FeedbackDesk desk;
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
        jdbc.sql("update center set denunciation_to = null").update();
        clock.set(LocalDateTime.of(2026, 12, 23, 10, 0));
    }

    @Test
    void kioskFeedbackIsSeenByManagersOnlyUntilAssignedThenTheHeadOfKtAnswersIt() {
        Feedback sent = send.send(kiosk(FeedbackCategory.FACILITIES));
        assertThat(sent.getUnitId()).isEmpty();
        assertThat(desk.list(cb02(), true)).isEmpty();
        assertThat(desk.list(manager(), true)).extracting(Feedback::getCode).containsExactly(sent.getCode());
        refused(() -> desk.answer(cb02(), sent.getCode(), "Đã bổ sung ghế"), "problem.feedback.unknown");
        events.clear();

        clock.set(LocalDateTime.of(2026, 12, 24, 8, 0));
        Feedback assigned = desk.assign(manager(), sent.getCode(), unit("KT"), " Khu chờ tầng 1 ");

        assertThat(assigned.getUnitId()).contains(unit("KT"));
        assertThat(assigned.getAnswerDueAt()).as("the deadline does not move").isEqualTo(sent.getAnswerDueAt());
        assertThat(events.stream(FeedbackAlertsChanged.class)).containsExactly(
                new FeedbackAlertsChanged(Set.of(unit("KT"))));
        assertThat(audit(sent.getCode())).containsExactly("giamdoc: — → KT: Khu chờ tầng 1");
        assertThat(desk.list(cb02(), true)).extracting(Feedback::getCode).containsExactly(sent.getCode());
        assertThat(desk.list(headOfTp(), true)).isEmpty();

        Feedback answered = desk.answer(cb02(), sent.getCode(), "Trung tâm đã bổ sung mười ghế ở khu chờ.");
        assertThat(answered.getAnsweredBy()).contains("CB02");
        assertThat(answered.onTime(clock.instant())).isTrue();
    }

    @Test
    void aManagerMovesFeedbackToAnotherUnitAndBothHeadsAreTold() {
        Feedback sent = send.send(kiosk(FeedbackCategory.DELAY));
        desk.assign(manager(), sent.getCode(), unit("TP"), null);
        events.clear();

        desk.assign(manager(), sent.getCode(), unit("KT"), "");

        assertThat(events.stream(FeedbackAlertsChanged.class)).containsExactly(
                new FeedbackAlertsChanged(Set.of(unit("TP"), unit("KT"))));
        assertThat(audit(sent.getCode())).containsExactly("giamdoc: — → TP", "giamdoc: TP → KT");
        assertThat(desk.list(headOfTp(), true)).isEmpty();
        assertThat(desk.list(cb02(), true)).extracting(Feedback::getCode).containsExactly(sent.getCode());
        refused(() -> desk.assign(manager(), sent.getCode(), unit("KT"), null), "problem.feedback.assigned-already");
    }

    @Test
    void aHeadAnAdministratorAndAnOfficerCannotAssign() {
        Feedback sent = send.send(kiosk(FeedbackCategory.OTHER));
        desk.assign(manager(), sent.getCode(), unit("KT"), null);

        refused(() -> desk.assign(cb02(), sent.getCode(), unit("TP"), null), "problem.feedback.assign-managers");
        refused(() -> desk.assign(admin(), sent.getCode(), unit("TP"), null), "problem.feedback.assign-managers");
        refused(() -> desk.assign(officer(), sent.getCode(), unit("TP"), null), "problem.feedback.unknown");
        assertThat(desk.list(cb02(), true)).hasSize(1);
        assertThat(audit(sent.getCode())).hasSize(1);
    }

    @Test
    void aDenunciationIsNeverAssignedAndStaysUnknownToWhoeverMayNotSeeIt() {
        Feedback denunciation = send.send(kiosk(FeedbackCategory.ASKED_FOR_MONEY));

        refused(() -> desk.assign(manager(), denunciation.getCode(), unit("KT"), null),
                "problem.feedback.denunciation-unassigned");
        jdbc.sql("update center set denunciation_to = 'admin'").update();
        refused(() -> desk.assign(manager(), denunciation.getCode(), unit("KT"), null), "problem.feedback.unknown");
        refused(() -> desk.assign(cb02(), denunciation.getCode(), unit("KT"), null), "problem.feedback.unknown");
        jdbc.sql("update center set denunciation_to = null").update();
        assertThat(jdbc.sql("select unit_id from feedback where code = ?").param(denunciation.getCode())
                .query(Long.class).optional()).isEmpty();
        assertThat(audit(denunciation.getCode())).isEmpty();
    }

    @Test
    void answeredFeedbackAnUnknownUnitAndALongNoteAreRefused() {
        Feedback sent = send.send(kiosk(FeedbackCategory.OTHER));
        refused(() -> desk.assign(manager(), sent.getCode(), -1, null), "problem.feedback.unit-unknown");
        refused(() -> desk.assign(manager(), sent.getCode(), unit("KT"), "x".repeat(501)),
                "problem.feedback.assign-note");
        refused(() -> desk.assign(manager(), "PA-NOSUCH00", unit("KT"), null), "problem.feedback.unknown");
        desk.answer(manager(), sent.getCode(), "Trung tâm đã xem xét và trả lời.");

        refused(() -> desk.assign(manager(), sent.getCode(), unit("KT"), null), "problem.feedback.answered");
        assertThat(audit(sent.getCode())).isEmpty();
    }

    private java.util.List<String> audit(String code) {
        return jdbc.sql("select actor || ': ' || detail from audit_record where action = 'FEEDBACK_ASSIGNED'"
                + " and subject = ? order by id").param(code).query(String.class).list();
    }

    private static FeedbackRequest kiosk(FeedbackCategory category) {
        return new FeedbackRequest(category, "Khu chờ thiếu ghế, người già phải đứng", null, FeedbackChannel.KIOSK,
                null, null);
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    private FeedbackReader cb02() {
        return new FeedbackReader("CB02", false, false, data.officerId("CB02"), unit("KT"));
    }

    private FeedbackReader headOfTp() {
        return new FeedbackReader("CB01", false, false, data.officerId("CB01"), unit("TP"));
    }

    private FeedbackReader officer() {
        return new FeedbackReader("CB03", false, false, data.officerId("CB03"), null);
    }

    private static FeedbackReader manager() {
        return new FeedbackReader("giamdoc", true, false, null, null);
    }

    private static FeedbackReader admin() {
        return new FeedbackReader("admin", false, true, null, null);
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }
}
