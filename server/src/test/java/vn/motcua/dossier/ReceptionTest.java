package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureDocument;
import vn.motcua.catalogue.StepKind;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.Ticket;

/** Reception here: the code of the day, the due date, line 0 of the slip, the papers, the visit, and what is refused. */
@ServerTest
class ReceptionTest {

    private static final String DAY_PREFIX = "000.00.23.H22-261202-";

    @Autowired
    ReceiveDossier receive;
    @Autowired
    Dossiers dossiers;
    @Autowired
    ControlSlip controlSlip;
    @Autowired
    DueDates dueDates;
    @Autowired
    Catalogue catalogue;
    @Autowired
    RecordProvinceDossiers recordProvinceDossiers;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Autowired
    HandlingSteps steps;

    @BeforeEach
    void wednesdayMorning() {
        steps.morning();
    }

    @Test
    void theTicketServedAtCounterThreeBecomesTheFirstDossierOfTheDay() {
        Ticket served = steps.serving();
        Instant now = clock.instant();

        Dossier dossier = receive.receive(steps.seat(3, "CB02"), steps.reception(HandlingSteps.THREE_DAYS, List.of(1, 0)));

        assertThat(dossier.getCode()).isEqualTo(DAY_PREFIX + "0001");
        Procedure procedure = catalogue.procedure(HandlingSteps.THREE_DAYS).orElseThrow();
        assertThat(dossier.getDueAt()).isEqualTo(dueDates.dueAt(procedure.getLegalTime(), now))
                .as("3 working days after Wednesday: Thu, Fri, Mon, at closing")
                .isEqualTo(DossierTestData.local(LocalDateTime.of(2026, 12, 7, 17, 0)));
        Dossier stored = dossiers.find(dossier.getCode()).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(stored.getSource()).isEqualTo(DossierSource.LOCAL);
        assertThat(stored.getReceivedAt()).isEqualTo(now);
        assertThat(stored.getHolderOfficerId()).contains(data.officerId("CB02"));
        assertThat(stored.getUnitId()).contains(steps.unit("KT"));
        assertThat(stored.getApplicant().getReceivingOfficerId()).contains(data.officerId("CB02"));
        assertThat(stored.getApplicant().getConsentAt()).contains(now);
        assertThat(stored.getApplicant().getIdNumber()).contains("001099012345");
        assertThat(stored.getPhone()).contains("0912 345 678");
        assertThat(stored.getOwnerName()).as("the applicant owns it when nobody else is named").isEqualTo("Nguyễn Văn An");

        assertThat(controlSlip.of(stored)).singleElement().satisfies(line -> {
            assertThat(line.step()).isEqualTo(StepKind.RECEPTION);
            assertThat(line.handOff().getSequenceNo()).isZero();
            assertThat(line.handOff().getFromOfficerId()).isEmpty();
            assertThat(line.handOff().getToOfficerId()).isEqualTo(data.officerId("CB02"));
            assertThat(line.handOff().getHandedAt()).isEqualTo(now);
            assertThat(line.stillHeld()).isTrue();
        });
        assertThat(receive.documents(stored)).extracting(ProcedureDocument::name)
                .containsExactly(procedure.getDocuments().get(0).name(), procedure.getDocuments().get(1).name());
        assertThat(dossiers.visits(stored)).singleElement().satisfies(visit -> {
            assertThat(visit.getTicketId()).isEqualTo(served.getId());
            assertThat(visit.getPurpose()).isEqualTo(VisitPurpose.SUBMISSION);
            assertThat(visit.getOfficerId()).isEqualTo(data.officerId("CB02"));
        });
        // The reception step is due within 24 hours: its holder is warned from reception (DossierWatchTest).
        assertThat(dossiers.history(stored)).extracting(DossierEvent::getKind)
                .containsExactly(DossierEventKind.RECEIVED, DossierEventKind.VISIT_LINKED, DossierEventKind.WARNED);
    }

    @Test
    void theApiNamesTheTicketByItsTrackingCodeAndTheNextDossierTakesTheNextNumber() {
        Ticket served = steps.serving();
        Reception byApi = new Reception(HandlingSteps.THREE_DAYS, "Trần Thị Bích", "0987654321", null, true,
                "Trần Văn Cường", Channel.IN_PERSON, served.getTrackingCode(), List.of(0));

        Dossier first = receive.receive(steps.caller("CB02"), byApi);
        Dossier second = receive.receive(steps.caller("CB02"), byApi);

        assertThat(first.getCode()).isEqualTo(DAY_PREFIX + "0001");
        assertThat(second.getCode()).isEqualTo(DAY_PREFIX + "0002");
        assertThat(dossiers.find(first.getCode()).orElseThrow().getOwnerName()).isEqualTo("Trần Văn Cường");
        assertThat(dossiers.visits(second)).extracting(DossierVisit::getTicketId).containsExactly(served.getId());
        assertThatThrownBy(() -> receive.receive(steps.caller("CB03"), byApi)).isInstanceOf(Refusal.class)
                .extracting(refusal -> ((Refusal) refusal).messageKey()).isEqualTo("problem.counter.not-seated");
    }

    @Test
    void aDossierByPostIsReceivedWithoutAVisitByTheOfficerSeated() {
        Reception byPost = new Reception(HandlingSteps.THREE_DAYS, "Lê Văn Dũng", null, null, false, null,
                Channel.POST, null, List.of());

        Dossier dossier = receive.receive(steps.caller("CB02"), byPost);

        assertThat(dossier.getCode()).isEqualTo(DAY_PREFIX + "0001");
        assertThat(dossier.getApplicant().getChannel()).contains(Channel.POST);
        assertThat(dossier.getApplicant().getConsentAt()).as("nothing was taken that needs consent").isEmpty();
        assertThat(dossiers.visits(dossier)).isEmpty();
        assertThatThrownBy(() -> receive.receive(steps.caller("CB03"), byPost)).isInstanceOf(Refusal.class)
                .extracting(refusal -> ((Refusal) refusal).messageKey()).isEqualTo("problem.counter.not-seated");
    }

    @Test
    void aDayWhoseImportedDossiersHoldTheFirstCodesContinuesAfterThem() {
        imported("0001", "0002");

        assertThat(steps.received(HandlingSteps.THREE_DAYS).getCode()).isEqualTo(DAY_PREFIX + "0003");
        assertThat(steps.received(HandlingSteps.THREE_DAYS).getCode()).isEqualTo(DAY_PREFIX + "0004");
    }

    @Test
    void codesImportedAfterTheDayBeganAreNeverGivenAgain() {
        assertThat(steps.received(HandlingSteps.THREE_DAYS).getCode()).isEqualTo(DAY_PREFIX + "0001");
        // The province's log brings the day's next two codes (given there) before the next reception here.
        imported("0002", "0003");

        assertThat(steps.received(HandlingSteps.THREE_DAYS).getCode()).isEqualTo(DAY_PREFIX + "0004");
        assertThat(steps.received(HandlingSteps.THREE_DAYS).getCode()).isEqualTo(DAY_PREFIX + "0005");
    }

    @Test
    void anotherDayStartsAgainAtOne() {
        steps.received(HandlingSteps.THREE_DAYS);
        clock.advance(Duration.ofDays(1));

        assertThat(steps.received(HandlingSteps.THREE_DAYS).getCode()).isEqualTo("000.00.23.H22-261203-0001");
    }

    @Test
    void aPhoneWithoutConsentIsRefusedAndNoNumberIsUsedUp() {
        steps.serving();
        Reception noConsent = new Reception(HandlingSteps.THREE_DAYS, "Nguyễn Văn An", "0912345678", null, false, null,
                Channel.IN_PERSON, null, List.of(0));

        refused(() -> receive.receive(steps.seat(3, "CB02"), noConsent), "problem.dossier.consent-missing");
        refused(() -> receive.receive(steps.seat(3, "CB02"), new Reception(HandlingSteps.THREE_DAYS, "Nguyễn Văn An",
                null, "001099012345", false, null, Channel.IN_PERSON, null, List.of())), "problem.dossier.consent-missing");

        assertNothingWritten();
        assertThat(steps.received(HandlingSteps.THREE_DAYS).getCode()).isEqualTo(DAY_PREFIX + "0001");
    }

    @Test
    void anUnknownProcedureDocumentOrIdNumberIsRefusedAndNothingIsWritten() {
        steps.serving();

        refused(() -> receive.receive(steps.seat(3, "CB02"), steps.reception("9.999999", List.of())),
                "problem.procedure.unknown");
        refused(() -> receive.receive(steps.seat(3, "CB02"), steps.reception(HandlingSteps.THREE_DAYS, List.of(0, 9))),
                "problem.dossier.document-unknown");
        refused(() -> receive.receive(steps.seat(3, "CB02"), steps.reception(HandlingSteps.THREE_DAYS, List.of(-1))),
                "problem.dossier.document-unknown");
        refused(() -> receive.receive(steps.seat(3, "CB02"), steps.reception(HandlingSteps.THREE_DAYS,
                Arrays.asList(0, null))), "problem.dossier.document-unknown");
        for (String badId : List.of("12345", "0010990123456", "00109901234A")) {
            refused(() -> receive.receive(steps.seat(3, "CB02"), new Reception(HandlingSteps.THREE_DAYS, "Nguyễn Văn An",
                    null, badId, true, null, Channel.IN_PERSON, null, List.of())), "problem.dossier.id-number-invalid");
        }
        refused(() -> receive.receive(steps.seat(3, "CB02"), new Reception(HandlingSteps.THREE_DAYS, " ", null, null,
                false, null, Channel.IN_PERSON, null, List.of())), "problem.dossier.applicant-missing");
        refused(() -> receive.receive(steps.seat(3, "CB02"), new Reception(HandlingSteps.THREE_DAYS, "Nguyễn Văn An",
                null, null, false, "X".repeat(301), Channel.IN_PERSON, null, List.of())),
                "problem.dossier.applicant-missing");
        refused(() -> receive.receive(steps.seat(3, "CB02"), new Reception(HandlingSteps.THREE_DAYS, "Nguyễn Văn An",
                "gọi tôi", null, true, null, Channel.IN_PERSON, null, List.of())), "problem.dossier.phone-invalid");

        assertNothingWritten();
        assertThat(steps.received(HandlingSteps.THREE_DAYS).getCode()).isEqualTo(DAY_PREFIX + "0001");
    }

    private void imported(String... numbers) {
        Instant at = clock.instant().minus(Duration.ofHours(1));
        recordProvinceDossiers.record(Arrays.stream(numbers).map(number -> new ProvinceDossier(DAY_PREFIX + number,
                "1.000894", "Võ Thị Kim", null, at, at.plus(Duration.ofDays(1)), DossierStatus.RECEIVED, null, null,
                null)).toList(), Actor.SYSTEM);
    }

    private void assertNothingWritten() {
        for (String table : List.of("dossier", "dossier_document", "dossier_hand_off", "dossier_event",
                "dossier_visit")) {
            assertThat(steps.count(table)).as(table).isZero();
        }
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo(key);
    }
}
