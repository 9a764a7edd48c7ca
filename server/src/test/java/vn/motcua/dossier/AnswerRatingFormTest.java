package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.ProvinceRatingForm.Answer;
import vn.motcua.dossier.ProvinceRatingForm.CitizenAnswers;
import vn.motcua.dossier.SupplementRequest.MissingItem;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.Caller;
import vn.motcua.queue.CounterWork;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.Seat;
import vn.motcua.queue.ServeTicket;
import vn.motcua.queue.Ticket;

/**
 * The province's rating form at return: criteria scored from the dossier's record, the citizen's answers, a reason
 * for "Không hài lòng", once per dossier, and only where the center uses the form and the result is handed back.
 */
@ServerTest
class AnswerRatingFormTest {

    private static final CitizenAnswers CONTENT = new CitizenAnswers(Answer.SATISFIED, Answer.VERY_SATISFIED, null,
            Map.of(7, 2));

    @Autowired
    AnswerRatingForm answerRatingForm;
    @Autowired
    ReceiveDossier receiveDossier;
    @Autowired
    HandOffDossier handOffDossier;
    @Autowired
    Supplements supplements;
    @Autowired
    RecordResult recordResult;
    @Autowired
    LinkVisit linkVisit;
    @Autowired
    Dossiers dossiers;
    @Autowired
    RecordProvinceDossiers recordProvinceDossiers;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    CounterWork work;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
        data.setting("province_rating_form", true);
    }

    @Test
    void criteriaAreScoredFromADossierReceivedHandedOffLateSupplementedAndReturned() {
        // Monday 08:00: received at counter 1 from the visitor's ticket (3 working days; reception's step ~1.4 h).
        at(2026, 11, 23, 8, 0);
        serving(1, "HT-KS");
        String code = receiveDossier.receive(seat(1, "CB01"), new Reception(DossierTestData.KNOWN_PROCEDURE,
                "Trần Thị Bình", "0912345678", null, true, null, Channel.IN_PERSON, null, List.of(0))).getCode();
        serve.finish(1);
        // 10:00: passed on to the unit's officer after reception's step was due: one late line.
        at(2026, 11, 23, 10, 0);
        handOffDossier.handOff(handler("CB01"), code, "CB07", null, null);
        // Tuesday: one request for what is missing; Wednesday the citizen brings it at the counter.
        at(2026, 11, 24, 9, 0);
        supplements.ask(handler("CB07"), code, List.of(new MissingItem("Bản sao trích lục khai tử", "Đã ly hôn")),
                null);
        at(2026, 11, 25, 9, 0);
        serving(1, "HT-KS");
        linkVisit.link(seat(1, "CB01"), code, VisitPurpose.SUPPLEMENT);
        serve.finish(1);
        supplements.supplied(handler("CB07"), code);
        // To another unit for the signature, and the result the same afternoon: in time, after the moved due date.
        at(2026, 11, 25, 10, 0);
        handOffDossier.handOff(handler("CB07"), code, "CB02", null, null);
        at(2026, 11, 25, 14, 0);
        recordResult.record(handler("CB02"), code, DossierResult.APPROVED, null);
        // Thursday: collected with a ticket of the return service, then the citizen answers.
        at(2026, 11, 26, 8, 0);
        Ticket collecting = serving(1, "HT-KS");
        linkVisit.link(seat(1, "CB01"), code, VisitPurpose.COLLECTION);
        assertThat(answerRatingForm.awaitingForm(collecting.getId())).extracting(Dossier::getCode)
                .containsExactly(code);

        List<ProvinceRatingForm> answered = answerRatingForm.answerVisit(collecting.getId(), CONTENT);

        Dossier dossier = dossiers.find(code).orElseThrow();
        ProvinceRatingForm form = answerRatingForm.formOf(dossier).orElseThrow();
        assertThat(answered).containsExactly(form);
        assertThat(form.scores()).as("1 in time, 2 one line late, 3 three visits, 4 two units, 5 one stop, 7 answered")
                .containsExactly(2, 1, 1, 2, 2, null, 2, null, null);
        assertThat(form.ticketId()).isEqualTo(collecting.getId());
        assertThat(form.officerId()).isEqualTo(data.officerId("CB01"));
        assertThat(form.answeredAt()).isEqualTo(clock.instant());
        assertThat(form.answerOne()).isEqualTo(Answer.SATISFIED);
        assertThat(form.answerTwo()).isEqualTo(Answer.VERY_SATISFIED);
        assertThat(form.reason()).isEmpty();
        assertThat(jdbc.sql("select scores from dossier_rating_form").query(String.class).single())
                .isEqualTo("2,1,1,2,2,-,2,-,-");
        assertThat(dossiers.history(dossier)).filteredOn(event -> event.getKind()
                == DossierEventKind.RATING_FORM_ANSWERED).singleElement().satisfies(event -> {
                    assertThat(event.getOfficerId()).contains(data.officerId("CB01"));
                    assertThat(event.getDetail()).hasValueSatisfying(detail -> assertThat(detail)
                            .contains(collecting.getNumber(), "SATISFIED/VERY_SATISFIED"));
                });
        assertThat(answerRatingForm.awaitingForm(collecting.getId())).isEmpty();
    }

    @Test
    void anOnlineDossierReturnedByTheSameTimeNextWorkingDayScoresOneForTimeAndTwoForOnlineService() {
        Dossier dossier = onlineDossierFinished(Duration.ofMinutes(-15));

        assertThat(dossier.getApplicant().getChannel()).contains(Channel.ONLINE);
        assertThat(answerRatingForm.formOf(dossier).orElseThrow().scores())
                .as("1 a day late, 2 reception held too long, 3 one visit, 4 one unit, 5 not at a counter, 9 online")
                .containsExactly(1, 1, 2, 2, null, null, 2, null, 2);
    }

    @Test
    void laterThanOneWorkingDayScoresNothingForTime() {
        Dossier dossier = onlineDossierFinished(Duration.ofMinutes(15));

        assertThat(answerRatingForm.formOf(dossier).orElseThrow().score(1)).contains(0);
    }

    @Test
    void dissatisfiedNeedsItsReason() {
        Ticket collecting = collected(importedDossier());

        for (String blank : Arrays.asList(null, "  ")) {
            assertThatThrownBy(() -> answerRatingForm.answerVisit(collecting.getId(),
                    new CitizenAnswers(Answer.SATISFIED, Answer.DISSATISFIED, blank, Map.of())))
                    .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                    .isEqualTo("problem.rating-form.reason-missing");
        }
        assertThat(data.count("dossier_rating_form")).isZero();

        ProvinceRatingForm form = answerRatingForm.answerVisit(collecting.getId(), new CitizenAnswers(
                Answer.DISSATISFIED, Answer.SATISFIED, " Phải đi lại nhiều lần ", Map.of(6, 0, 8, 1))).getFirst();

        assertThat(form.reason()).contains("Phải đi lại nhiều lần");
        assertThat(form.score(6)).contains(0);
        assertThat(form.score(8)).contains(1);
    }

    @Test
    void onlyTheCitizensCriteriaTakeTheirScoresAndOnlyZeroToTwo() {
        Ticket collecting = collected(importedDossier());

        for (Map<Integer, Integer> wrong : List.of(Map.of(7, 3), Map.of(1, 2), Map.of(6, -1))) {
            assertThatThrownBy(() -> answerRatingForm.answerVisit(collecting.getId(),
                    new CitizenAnswers(Answer.SATISFIED, Answer.SATISFIED, null, wrong)))
                    .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                    .isEqualTo("problem.rating-form.score-invalid");
        }
        assertThatThrownBy(() -> answerRatingForm.answerVisit(collecting.getId(),
                new CitizenAnswers(Answer.SATISFIED, null, null, Map.of())))
                .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo("problem.rating-form.answer-missing");
        assertThat(data.count("dossier_rating_form")).isZero();
    }

    @Test
    void eachDossierIsRatedOnceAndASecondAnswerIsRefusedInWords() {
        String code = importedDossier();
        Ticket collecting = collected(code);
        answerRatingForm.answerVisit(collecting.getId(), CONTENT);

        CitizenAnswers other = new CitizenAnswers(Answer.DISSATISFIED, Answer.DISSATISFIED, "Chậm", Map.of());
        assertThatThrownBy(() -> answerRatingForm.answerVisit(collecting.getId(), other))
                .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo("problem.rating-form.answered");

        Dossier dossier = dossiers.find(code).orElseThrow();
        assertThat(answerRatingForm.formOf(dossier).orElseThrow().answerOne()).isEqualTo(Answer.SATISFIED);
        assertThat(data.count("dossier_rating_form")).isEqualTo(1);
        assertThat(dossiers.history(dossier)).filteredOn(event -> event.getKind()
                == DossierEventKind.RATING_FORM_ANSWERED).hasSize(1);
    }

    @Test
    void theFormIsOnlyForADossierHandedBackWhereTheCenterUsesIt() {
        String open = importedDossier();
        Ticket enquiring = serving(3, "DD-GCN");
        linkVisit.link(seat(3, "CB02"), open, VisitPurpose.ENQUIRY);
        assertThatThrownBy(() -> answerRatingForm.answerVisit(enquiring.getId(), CONTENT))
                .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo("problem.rating-form.not-returned");
        serve.finish(3);

        Ticket collecting = collected(importedDossier());
        data.setting("province_rating_form", false);
        assertThat(answerRatingForm.awaitingForm(collecting.getId())).isEmpty();
        assertThatThrownBy(() -> answerRatingForm.answerVisit(collecting.getId(), CONTENT))
                .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo("problem.rating-form.not-used");
        assertThat(data.count("dossier_rating_form")).isZero();
    }

    /**
     * An online dossier received at counter 1 with no visit, its result recorded the next working day at the due
     * date's clock time plus {@code pastThatTime}, then collected at counter 1 the morning after and rated.
     */
    private Dossier onlineDossierFinished(Duration pastThatTime) {
        at(2026, 11, 23, 8, 0);
        Dossier received = receiveDossier.receive(seat(1, "CB01"), new Reception(DossierTestData.KNOWN_PROCEDURE,
                "Lê Văn Cường", null, null, false, null, Channel.ONLINE, null, List.of()));
        ZonedDateTime due = received.getDueAt().atZone(CenterTime.ZONE);
        Instant sameTimeNextDay = calendar.nextWorkingDay(due.toLocalDate()).atTime(due.toLocalTime())
                .atZone(CenterTime.ZONE).toInstant();
        clock.set(LocalDateTime.ofInstant(sameTimeNextDay.plus(pastThatTime), CenterTime.ZONE));
        data.officersSitDown();
        recordResult.record(handler("CB01"), received.getCode(), DossierResult.APPROVED, null);
        // Collected the next morning: the time counted is the handling's, up to the result.
        clock.set(calendar.nextWorkingDay(LocalDate.ofInstant(clock.instant(), CenterTime.ZONE)).atTime(8, 0));
        data.officersSitDown();
        Ticket collecting = collected(received.getCode());
        answerRatingForm.answerVisit(collecting.getId(), CONTENT);
        return dossiers.find(received.getCode()).orElseThrow();
    }

    /** A dossier of the province's log, done, with a code no other test uses. */
    private String importedDossier() {
        String code = "000.00.23.H22-" + UUID.randomUUID().toString().substring(0, 13);
        Instant received = clock.instant().minus(Duration.ofDays(3));
        recordProvinceDossiers.record(List.of(new ProvinceDossier(code, DossierTestData.KNOWN_PROCEDURE,
                "Nguyễn Văn An", "0912345678", received, received.plus(Duration.ofDays(10)), DossierStatus.DONE, null,
                null, null)), Actor.SYSTEM);
        return code;
    }

    /** The dossier collected at counter 1 with a ticket of the return service, served now. */
    private Ticket collected(String code) {
        Ticket ticket = serving(1, "HT-KS");
        linkVisit.link(seat(1, "CB01"), code, VisitPurpose.COLLECTION);
        return ticket;
    }

    private Ticket serving(int counter, String service) {
        issueTicket.issue(service, PriorityCategory.NONE);
        callNext.callNext(counter);
        return serve.startServing(counter);
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(year, month, day, hour, minute));
        data.officersSitDown();
    }

    private Seat seat(int counter, String officerCode) {
        return work.seat(counter, new Caller(Actor.user(officerCode), Optional.of(data.officerId(officerCode))));
    }

    private Handler handler(String officerCode) {
        long unit = jdbc.sql("select unit_id from officer where code = ?").param(officerCode).query(Long.class)
                .single();
        return new Handler(Actor.user(officerCode), Optional.of(data.officerId(officerCode)), Optional.of(unit),
                false, false);
    }
}
