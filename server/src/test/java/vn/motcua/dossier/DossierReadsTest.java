package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.kiosk.DossierPagePort;
import vn.motcua.kiosk.DossierPagePort.DossierPage;
import vn.motcua.kiosk.DossierPagePort.DossierState;
import vn.motcua.kiosk.DossierPagePort.LookupOutcome;

/**
 * The dossier reads: a unit's list due soonest first with its filters and scopes, the citizen's page by token
 * (nothing personal, every status) and the look-up by code and phone digits with its throttle.
 */
@ServerTest
class DossierReadsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    RecordProvinceDossiers record;
    @Autowired
    DossierList list;
    @Autowired
    Dossiers dossiers;
    @Autowired
    DossierLookup lookup;
    @Autowired
    DossierPagePort page;

    private long tp;
    private long kt;

    @BeforeEach
    void dossiersOfAMorning() {
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 11, 23, 9, 0));
        DossierTestData.record(record);
        tp = jdbc.sql("select id from unit where code = 'TP'").query(Long.class).single();
        kt = jdbc.sql("select id from unit where code = 'KT'").query(Long.class).single();
    }

    private List<String> codes(DossierFilter filter, int offset, int limit) {
        return list.page(filter, offset, limit).stream().map(DossierLine::code).toList();
    }

    @Test
    void aUnitsOpenDossiersComeDueSoonestFirstWithTheirFlags() {
        List<DossierLine> lines = list.page(DossierFilter.open(DossierScope.unit(tp)), 0, 50);

        assertThat(lines).extracting(DossierLine::code).containsExactly("TP-1", "TP-2", "TP-3");
        assertThat(lines).extracting(line -> line.overdue(clock.instant())).containsExactly(true, false, false);
        assertThat(lines).extracting(line -> line.dueSoon(clock.instant())).containsExactly(false, true, false);
        assertThat(lines.getFirst().procedureName()).isEqualTo(DossierTestData.KNOWN_PROCEDURE_NAME);
        assertThat(lines.get(1).procedureName()).isNull();
        assertThat(lines.get(1).procedureCode()).isEqualTo(DossierTestData.OTHER_PROCEDURE);
        assertThat(lines.getFirst().unitId()).isEqualTo(tp);
    }

    @Test
    void theListFlagsADifferentDayNotADifferentHour() {
        // Three working days from Monday 16/11 08:00: due Thursday 19/11 at closing; the province says 16:00 or Friday.
        record.record(List.of(
                DossierTestData.row("TP-6", DossierTestData.KNOWN_PROCEDURE, null, DossierStatus.PROCESSING,
                        LocalDateTime.of(2026, 11, 19, 16, 0), "TP"),
                DossierTestData.row("TP-7", DossierTestData.KNOWN_PROCEDURE, null, DossierStatus.PROCESSING,
                        LocalDateTime.of(2026, 11, 20, 16, 0), "TP")), Actor.SYSTEM);

        List<DossierLine> lines = list.page(DossierFilter.open(DossierScope.unit(tp)), 0, 50);

        assertThat(lines).filteredOn(line -> line.code().equals("TP-6")).singleElement()
                .satisfies(line -> assertThat(line.dueDateDiffers()).isFalse());
        assertThat(lines).filteredOn(line -> line.code().equals("TP-7")).singleElement()
                .satisfies(line -> assertThat(line.dueDateDiffers()).isTrue());
        assertThat(dossiers.find("TP-6").orElseThrow().isDueDateDiffers()).isFalse();
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        DossierFilter everything = DossierFilter.open(DossierScope.everyUnit());
        assertThat(codes(everything, 0, 50)).containsExactly("TP-1", "KT-1", "XD-1", "TP-2", "TP-3");
        assertThat(codes(everything, 0, 2)).containsExactly("TP-1", "KT-1");
        assertThat(codes(everything, 2, 2)).containsExactly("XD-1", "TP-2");
        assertThat(codes(everything, 4, 2)).containsExactly("TP-3");
        assertThat(codes(everything, 6, 2)).isEmpty();
    }

    @Test
    void filtersByStatusAndDueDate() {
        DossierFilter tpOpen = DossierFilter.open(DossierScope.unit(tp));
        assertThat(codes(tpOpen.inStatus(DossierStatus.DONE), 0, 50)).containsExactly("TP-5");
        assertThat(codes(tpOpen.inStatus(DossierStatus.RETURNED), 0, 50)).containsExactly("TP-4");
        assertThat(codes(tpOpen.dueBefore(DossierTestData.local(LocalDateTime.of(2026, 11, 23, 15, 0))), 0, 50))
                .containsExactly("TP-1");
        assertThat(codes(new DossierFilter(DossierScope.unit(kt), EnumSet.allOf(DossierStatus.class), null), 0, 50))
                .containsExactly("KT-1");
    }

    @Test
    void officersReadTheirUnitHeadsTheirAccountsUnitManagersAll() {
        long cb01 = jdbc.sql("select id from officer where code = 'CB01'").query(Long.class).single();
        long cb02 = jdbc.sql("select id from officer where code = 'CB02'").query(Long.class).single();

        assertThat(dossiers.scopeOf(false, false, cb01, null)).isEqualTo(DossierScope.unit(tp));
        assertThat(dossiers.scopeOf(false, true, cb02, kt)).isEqualTo(DossierScope.unit(kt));
        assertThat(dossiers.scopeOf(false, true, null, tp)).isEqualTo(DossierScope.unit(tp));
        assertThat(dossiers.scopeOf(true, false, null, null)).isEqualTo(DossierScope.everyUnit());
        assertThat(dossiers.scopeOf(false, false, null, null).covers(dossiers.find("TP-1").orElseThrow())).isFalse();
        assertThat(codes(DossierFilter.open(dossiers.scopeOf(false, false, null, null)), 0, 50)).isEmpty();
        assertThat(DossierScope.unit(kt).covers(dossiers.find("TP-1").orElseThrow())).isFalse();
    }

    @Test
    void thePageShowsTheDossierInWordsAndNothingPersonal() {
        DossierPage shown = page.dossier(dossiers.find("TP-1").orElseThrow().getTrackingToken()).orElseThrow();

        assertThat(shown.code()).isEqualTo("TP-1");
        assertThat(shown.procedure()).isEqualTo(DossierTestData.KNOWN_PROCEDURE_NAME);
        assertThat(shown.state()).isEqualTo(DossierState.PROCESSING);
        assertThat(shown.receivedAt()).isEqualTo(LocalDateTime.of(2026, 11, 16, 8, 0));
        assertThat(shown.dueAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 16, 0));
        assertThat(shown.unit()).isEqualTo("Phòng Tư pháp – Hộ tịch");
        assertThat(shown.overdue()).isTrue();
        assertThat(shown.toString()).doesNotContain("Nguyễn Văn An", "0913", "579");
        // Another agency's procedure is named by its code; a finished dossier is never late.
        assertThat(page.dossier(token("TP-2")).orElseThrow().procedure()).isEqualTo(DossierTestData.OTHER_PROCEDURE);
        assertThat(page.dossier(token("TP-4")).orElseThrow().overdue()).isFalse();
        assertThat(page.dossier(token("TP-2")).orElseThrow().overdue()).isFalse();
    }

    @Test
    void everyStatusReachesThePageAndABadTokenOpensNothing() {
        for (DossierStatus status : DossierStatus.values()) {
            record.record(List.of(DossierTestData.row("TP-1", DossierTestData.KNOWN_PROCEDURE, "0912345678", status,
                    LocalDateTime.of(2026, 11, 20, 16, 0), "TP")), Actor.SYSTEM);
            DossierPage shown = page.dossier(token("TP-1")).orElseThrow();
            assertThat(shown.state().name()).isEqualTo(status.name());
            // While the citizen is asked to supplement the clock stands still: never "late" then.
            assertThat(shown.overdue()).isEqualTo(status.isOpen() && status != DossierStatus.AWAITING_SUPPLEMENT);
        }
        assertThat(page.dossier("no-such-token")).isEmpty();
        assertThat(page.dossier("TP-1")).as("a code is not a token").isEmpty();
        assertThat(page.dossier("")).isEmpty();
    }

    @Test
    void aCodeWithTheLastFourDigitsOfThePhoneFindsThePage() {
        String client = UUID.randomUUID().toString();
        DossierLookup.Answer found = lookup.lookUp(" TP-1 ", "9246", client);
        assertThat(found.outcome()).isEqualTo(DossierLookup.Outcome.FOUND);
        assertThat(found.token()).isEqualTo(token("TP-1"));

        assertThat(page.lookUp("TP-1", "9247", client).outcome()).isEqualTo(LookupOutcome.NO_MATCH);
        assertThat(page.lookUp("TP-99", "9246", client).outcome()).isEqualTo(LookupOutcome.NO_MATCH);
        // No phone on file: the same answer whatever is typed.
        assertThat(page.lookUp("TP-3", "0000", client).outcome()).isEqualTo(LookupOutcome.NO_MATCH);
        assertThat(page.lookUp("TP-1", "", client).outcome()).isEqualTo(LookupOutcome.NO_MATCH);
        assertThat(page.lookUp("TP-1", "9246", client).token()).isEqualTo(token("TP-1"));
    }

    @Test
    void fiveWrongTriesForACodeStopItsLookUpsForFifteenMinutes() {
        for (int i = 0; i < DossierLookup.ATTEMPTS; i++) {
            assertThat(lookup.lookUp("KT-1", "000" + i, UUID.randomUUID().toString()).outcome())
                    .isEqualTo(DossierLookup.Outcome.NO_MATCH);
        }
        String someoneElse = UUID.randomUUID().toString();
        assertThat(lookup.lookUp("KT-1", "0333", someoneElse).outcome())
                .isEqualTo(DossierLookup.Outcome.TOO_MANY_TRIES);
        assertThat(lookup.lookUp("XD-1", "0444", someoneElse).outcome()).isEqualTo(DossierLookup.Outcome.FOUND);

        clock.advance(DossierLookup.WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(lookup.lookUp("KT-1", "0333", someoneElse).outcome()).isEqualTo(DossierLookup.Outcome.FOUND);
    }

    @Test
    void fiveWrongTriesFromOneAddressStopItsLookUpsOfAnyCode() {
        String guesser = UUID.randomUUID().toString();
        for (int i = 0; i < DossierLookup.ATTEMPTS; i++) {
            assertThat(lookup.lookUp("GUESS-" + i, "1234", guesser).outcome()).isEqualTo(DossierLookup.Outcome.NO_MATCH);
        }
        assertThat(lookup.lookUp("TP-2", "4321", guesser).outcome()).isEqualTo(DossierLookup.Outcome.TOO_MANY_TRIES);
        assertThat(lookup.lookUp("TP-2", "4321", UUID.randomUUID().toString()).outcome())
                .isEqualTo(DossierLookup.Outcome.FOUND);
    }

    private String token(String code) {
        return dossiers.find(code).map(Dossier::getTrackingToken).orElseThrow();
    }
}
