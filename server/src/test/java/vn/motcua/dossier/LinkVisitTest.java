package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.AllAtOnce;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.dossier.LinkVisit.LinkedVisit;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.Caller;
import vn.motcua.queue.CounterWork;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.Seat;
import vn.motcua.queue.ServeTicket;
import vn.motcua.queue.Ticket;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;

/** Linking the visit an officer serves to a dossier: who may, which ticket, once only, and a return on collection. */
@ServerTest
class LinkVisitTest {

    @Autowired
    LinkVisit linkVisit;
    @Autowired
    DossierVisits dossierVisits;
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
    GiveRating giveRating;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    @Test
    void theOfficerServingLinksTheTicketAndTheEventNamesThem() {
        String code = dossier(DossierStatus.PROCESSING);
        Ticket served = serving();

        LinkedVisit linked = linkVisit.link(seat(3, "CB02"), code, VisitPurpose.ENQUIRY);

        assertThat(linked.linkedNow()).isTrue();
        assertThat(linked.officerCode()).isEqualTo("CB02");
        Dossier dossier = dossiers.find(code).orElseThrow();
        assertThat(dossiers.visits(dossier)).singleElement().satisfies(visit -> {
            assertThat(visit.getTicketId()).isEqualTo(served.getId());
            assertThat(visit.getOfficerId()).isEqualTo(data.officerId("CB02"));
            assertThat(visit.getPurpose()).isEqualTo(VisitPurpose.ENQUIRY);
        });
        assertThat(dossiers.history(dossier)).filteredOn(event -> event.getKind() == DossierEventKind.VISIT_LINKED)
                .singleElement().satisfies(event -> {
                    assertThat(event.getOfficerId()).contains(data.officerId("CB02"));
                    assertThat(event.getActor()).isEqualTo("CB02");
                    assertThat(event.getDetail()).hasValueSatisfying(detail -> assertThat(detail).contains("C001"));
                });
        assertThat(dossier.getStatus()).as("an enquiry changes nothing").isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossierVisits.linkedToTicket(served.getId())).extracting(link -> link.dossier().getCode())
                .containsExactly(code);
    }

    @Test
    void oneVisitLinksSeveralDossiers() {
        String first = dossier(DossierStatus.RECEIVED);
        String second = dossier(DossierStatus.RECEIVED);
        Ticket served = serving();

        linkVisit.link(seat(3, "CB02"), first, VisitPurpose.SUBMISSION);
        linkVisit.link(seat(3, "CB02"), second, VisitPurpose.SUPPLEMENT);

        assertThat(dossierVisits.linkedToTicket(served.getId())).extracting(linked -> linked.dossier().getCode())
                .containsExactly(first, second);
    }

    @Test
    void anUnknownCodeIsRefusedInWordsAndNothingIsLinked() {
        serving();

        assertThatThrownBy(() -> linkVisit.link(seat(3, "CB02"), "KHONG-CO-MA-NAY", VisitPurpose.SUBMISSION))
                .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo("problem.dossier.unknown");
        assertThatThrownBy(() -> linkVisit.link(seat(3, "CB02"), "  ", VisitPurpose.SUBMISSION))
                .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo("problem.dossier.code-missing");
        assertThat(data.count("dossier_visit")).isZero();
    }

    @Test
    void theSameDossierTwiceOnOneTicketIsOneLinkAndNoError() {
        String code = dossier(DossierStatus.PROCESSING);
        serving();

        LinkedVisit first = linkVisit.link(seat(3, "CB02"), code, VisitPurpose.SUBMISSION);
        LinkedVisit again = linkVisit.link(seat(3, "CB02"), " " + code + " ", VisitPurpose.SUBMISSION);

        assertThat(again.linkedNow()).isFalse();
        assertThat(again.visit().getId()).isEqualTo(first.visit().getId());
        assertThat(data.count("dossier_visit")).isEqualTo(1);
        assertThat(visitEvents(code)).isEqualTo(1);
    }

    @Test
    void linksPressedAtOnceWriteOneRow() throws Exception {
        String code = dossier(DossierStatus.DONE);
        serving();
        Seat seat = seat(3, "CB02");

        List<LinkedVisit> answers = AllAtOnce.run(6, i -> () -> linkVisit.link(seat, code, VisitPurpose.COLLECTION));

        assertThat(answers).filteredOn(LinkedVisit::linkedNow).hasSize(1);
        assertThat(answers).extracting(answer -> answer.visit().getId()).containsOnly(answers.getFirst().visit().getId());
        assertThat(data.count("dossier_visit")).isEqualTo(1);
        assertThat(visitEvents(code)).isEqualTo(1);
        assertThat(dossiers.find(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.RETURNED);
    }

    @Test
    void onlyTheOfficerSeatedWhereTheTicketIsServedLinksIt() {
        String code = dossier(DossierStatus.PROCESSING);
        Ticket served = serving();

        assertThatThrownBy(() -> linkVisit.link(caller("CB01"), served.getTrackingCode(), code, VisitPurpose.ENQUIRY))
                .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo("problem.counter.not-seated");
        assertThat(data.count("dossier_visit")).isZero();
        LinkedVisit linked = linkVisit.link(caller("CB02"), served.getTrackingCode(), code, VisitPurpose.ENQUIRY);
        assertThat(linked.ticket().getId()).isEqualTo(served.getId());
    }

    @Test
    void aTicketOnlyWaitingIsNotAVisitToLink() {
        String code = dossier(DossierStatus.PROCESSING);
        Ticket waiting = issueTicket.issue("DD-GCN", PriorityCategory.NONE).ticket();

        assertThatThrownBy(() -> linkVisit.link(caller("CB02"), waiting.getTrackingCode(), code, VisitPurpose.ENQUIRY))
                .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo("problem.dossier.visit-closed");
        assertThatThrownBy(() -> linkVisit.link(seat(3, "CB02"), code, VisitPurpose.ENQUIRY))
                .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo("problem.dossier.no-visit");
    }

    @Test
    void aTicketJustFinishedCanBeLinkedForTenMinutes() {
        String late = dossier(DossierStatus.PROCESSING);
        String inTime = dossier(DossierStatus.PROCESSING);
        Ticket first = serving();
        serve.finish(3);

        clock.advance(LinkVisit.AFTER_FINISH.minusSeconds(1));
        assertThat(linkVisit.visitAt(3)).map(Ticket::getId).contains(first.getId());
        linkVisit.link(seat(3, "CB02"), inTime, VisitPurpose.SUBMISSION);
        clock.advance(Duration.ofSeconds(1));
        assertThat(linkVisit.visitAt(3)).isEmpty();
        assertThatThrownBy(() -> linkVisit.link(caller("CB02"), first.getTrackingCode(), late, VisitPurpose.SUBMISSION))
                .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo("problem.dossier.visit-closed");
        assertThat(dossierVisits.linkedToTicket(first.getId())).extracting(linked -> linked.dossier().getCode())
                .containsExactly(inTime);
    }

    @Test
    void callingTheNextVisitorEndsTheLinksOfTheLastOne() {
        String code = dossier(DossierStatus.PROCESSING);
        Ticket first = serving();
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        serve.finish(3);
        callNext.callNext(3);

        assertThat(linkVisit.visitAt(3)).map(Ticket::getNumber).contains("C002");
        assertThatThrownBy(() -> linkVisit.link(caller("CB02"), first.getTrackingCode(), code, VisitPurpose.ENQUIRY))
                .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo("problem.dossier.visit-closed");
        linkVisit.link(seat(3, "CB02"), code, VisitPurpose.ENQUIRY);
        assertThat(dossierVisits.linkedToTicket(first.getId())).isEmpty();
    }

    @Test
    void aTicketFinishedByAnotherOfficerIsNotLinkedByTheOneSeatedAfter() {
        String code = dossier(DossierStatus.PROCESSING);
        serving();
        serve.finish(3);
        data.seat(3, "CB01");

        assertThat(linkVisit.visitAt(3)).isEmpty();
        assertThatThrownBy(() -> linkVisit.link(seat(3, "CB01"), code, VisitPurpose.SUBMISSION))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void collectingTheResultReturnsTheDossierOnTheRecord() {
        String done = dossier(DossierStatus.DONE);
        Ticket served = serving();

        linkVisit.link(seat(3, "CB02"), done, VisitPurpose.COLLECTION);

        Dossier returned = dossiers.find(done).orElseThrow();
        assertThat(returned.getStatus()).isEqualTo(DossierStatus.RETURNED);
        assertThat(returned.getReturnedAt()).contains(clock.instant());
        assertThat(dossiers.history(returned)).extracting(DossierEvent::getKind)
                .containsSubsequence(DossierEventKind.VISIT_LINKED, DossierEventKind.RETURNED);
        assertThat(dossiers.history(returned)).filteredOn(event -> event.getKind() == DossierEventKind.RETURNED)
                .singleElement().satisfies(event -> assertThat(event.getOfficerId()).contains(data.officerId("CB02")));
        assertThat(dossierVisits.linkedToTicket(served.getId())).hasSize(1);
    }

    @Test
    void aDossierReturnedWithdrawnOrStoppedIsNotCollectedAndNothingIsLinked() {
        serving();
        for (DossierStatus closed : List.of(DossierStatus.RETURNED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED,
                DossierStatus.DENIED)) {
            String code = dossier(closed);
            assertThatThrownBy(() -> linkVisit.link(seat(3, "CB02"), code, VisitPurpose.COLLECTION))
                    .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                    .isEqualTo("problem.dossier.not-collectable");
            assertThat(dossiers.find(code).orElseThrow().getStatus()).isEqualTo(closed);
            assertThat(visitEvents(code)).isZero();
        }
        assertThat(data.count("dossier_visit")).isZero();
        String open = dossier(DossierStatus.AWAITING_SUPPLEMENT);
        linkVisit.link(seat(3, "CB02"), open, VisitPurpose.COLLECTION);
        assertThat(dossiers.find(open).orElseThrow().getStatus()).isEqualTo(DossierStatus.RETURNED);
    }

    @Test
    void aRatingGivenAfterTheLinkBelongsToTheDossier() {
        String code = dossier(DossierStatus.PROCESSING);
        serving();
        linkVisit.link(seat(3, "CB02"), code, VisitPurpose.SUBMISSION);
        serve.finish(3);

        Rating rating = giveRating.rate(3, RatingLevel.VERY_SATISFIED);

        assertThat(dossierVisits.ratings(dossiers.find(code).orElseThrow())).extracting(Rating::getId)
                .containsExactly(rating.getId());
    }

    @Test
    void aRatingGivenBeforeTheLinkBelongsToTheDossierToo() {
        String code = dossier(DossierStatus.PROCESSING);
        String other = dossier(DossierStatus.PROCESSING);
        serving();
        serve.finish(3);
        Rating rating = giveRating.rate(3, RatingLevel.SATISFIED);

        linkVisit.link(seat(3, "CB02"), code, VisitPurpose.SUBMISSION);

        assertThat(dossierVisits.ratings(dossiers.find(code).orElseThrow())).extracting(Rating::getId)
                .containsExactly(rating.getId());
        assertThat(dossierVisits.ratings(dossiers.find(other).orElseThrow())).isEmpty();
    }

    /** A land ticket called and served at counter 3 by CB02. */
    private Ticket serving() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        return serve.startServing(3);
    }

    /** A dossier of the province's log with a code no other test uses (dossiers are never deleted). */
    private String dossier(DossierStatus status) {
        String code = "000.00.23.H56-" + UUID.randomUUID().toString().substring(0, 13);
        Instant received = clock.instant().minus(Duration.ofDays(3));
        recordProvinceDossiers.record(List.of(new ProvinceDossier(code, "1.001193", "Nguyễn Văn An", "0912345678",
                received, received.plus(Duration.ofDays(10)), status, null, null, null)), Actor.SYSTEM);
        return code;
    }

    private long visitEvents(String code) {
        return jdbc.sql("""
                select count(*) from dossier_event e join dossier d on d.id = e.dossier_id
                where d.code = ? and e.kind = 'VISIT_LINKED'""").param(code).query(Long.class).single();
    }

    private Seat seat(int counter, String officerCode) {
        return work.seat(counter, caller(officerCode));
    }

    private Caller caller(String officerCode) {
        return new Caller(Actor.user(officerCode), Optional.of(data.officerId(officerCode)));
    }
}
