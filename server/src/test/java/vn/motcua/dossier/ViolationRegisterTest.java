package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.dossier.SupplementRequest.MissingItem;
import vn.motcua.i18n.Refusal;

/**
 * The register of violations and joint liability: a second supplement request the head of unit rules unjustified is
 * registered on the asking officer and on their head; a head of unit records a dossier returned through an officer's
 * fault for their own unit only, a manager for any; an officer reads their own entries, a head their unit's, a
 * manager all. KT's head is CB02 (Trần Văn Đức); CB03 and CB04 are KT's officers, CB01 is of TP.
 */
@ServerTest
class ViolationRegisterTest {

    private static final List<MissingItem> MISSING = List.of(new MissingItem("Tờ khai có chữ ký", "Tờ khai chưa ký"));

    @Autowired
    ViolationRegister register;
    @Autowired
    Supplements supplements;
    @Autowired
    HandOffDossier handOff;
    @Autowired
    Dossiers dossiers;
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

    String code;

    /** A KT dossier received by CB02 and handed to CB03; TP's dossiers imported; KT's head has their account. */
    @BeforeEach
    void aDossierWithCb03() {
        steps.morning();
        headOfKtHasAnAccount();
        code = steps.received(HandlingSteps.THREE_DAYS).getCode();
        handOff.handOff(steps.officer("CB02"), code, "CB03", null, null);
        DossierTestData.record(recordProvinceDossiers);
    }

    @Test
    void aSecondRequestRuledUnjustifiedIsRegisteredOnTheOfficerAndTheirHead() {
        at(10, 0);
        supplements.ask(steps.officer("CB03"), code, MISSING, null);
        at(11, 0);
        supplements.supplied(steps.officer("CB03"), code);
        at(14, 0);
        SupplementRequest second = supplements.ask(steps.officer("CB03"), code, MISSING, "Quên hỏi lần trước");
        assertThat(register.read(steps.manager(), ViolationFilter.all())).isEmpty();
        at(15, 0);

        supplements.rule(steps.head("CB02"), code, 2, false, "Tờ khai đã thiếu chữ ký từ lần đầu");

        assertThat(register.read(steps.manager(), ViolationFilter.all())).singleElement().satisfies(entry -> {
            Violation violation = entry.violation();
            assertThat(violation.getKind()).isEqualTo(ViolationKind.UNJUSTIFIED_SUPPLEMENT);
            assertThat(entry.dossierCode()).isEqualTo(code);
            assertThat(entry.officer().getCode()).isEqualTo("CB03");
            assertThat(entry.unit()).hasValueSatisfying(unit -> assertThat(unit.getName()).isEqualTo("Phòng Kinh tế"));
            assertThat(entry.head()).hasValueSatisfying(head -> assertThat(head.getFullName()).isEqualTo("Trần Văn Đức"));
            assertThat(violation.getSupplementRequestId()).contains(second.getId());
            assertThat(violation.getOccurredAt()).isEqualTo(clock.instant());
            assertThat(violation.getRecordedBy()).isEqualTo("CB02");
            assertThat(entry.recordedByName()).isEqualTo("Trần Văn Đức");
            assertThat(violation.getEvidence()).contains("Hồ sơ " + code, "yêu cầu bổ sung lần 2",
                    "Lê Minh Tuấn (CB03) lúc 02/12/2026 14:00", "lý do: Quên hỏi lần trước",
                    "Trần Văn Đức xét không có lý do chính đáng lúc 02/12/2026 15:00",
                    "Tờ khai đã thiếu chữ ký từ lần đầu");
            // The reception step came within the warning hours at once: its warning is on the record too.
            assertThat(entry.proof()).extracting(DossierEvent::getKind).containsExactly(DossierEventKind.RECEIVED,
                    DossierEventKind.WARNED, DossierEventKind.HANDED_OFF, DossierEventKind.SUPPLEMENT_ASKED,
                    DossierEventKind.SUPPLEMENT_RECEIVED, DossierEventKind.SUPPLEMENT_ASKED,
                    DossierEventKind.SUPPLEMENT_RULED, DossierEventKind.VIOLATION_RECORDED);
        });
        assertThat(dossiers.history(dossier())).filteredOn(event -> event.getKind()
                == DossierEventKind.VIOLATION_RECORDED).as("registered once").hasSize(1);
        assertThat(dossiers.history(dossier())).extracting(DossierEvent::getKind)
                .endsWith(DossierEventKind.SUPPLEMENT_RULED, DossierEventKind.VIOLATION_RECORDED);
    }

    @Test
    void aHeadRecordsADossierReturnedThroughTheFaultOfAnOfficerOfTheirOwnUnitOnly() {
        at(10, 0);
        ViolationEntry entry = register.record(steps.head("CB02"), code, "CB04", ViolationKind.RETURNED_BY_FAULT,
                "  Trả hồ sơ cho công dân vì cán bộ nhập sai tên chủ hồ sơ  ");
        at(11, 0);
        handOff.handOff(steps.officer("CB03"), code, "CB04", null, null);
        Violation recorded = entry.violation();

        assertThat(recorded.getKind()).isEqualTo(ViolationKind.RETURNED_BY_FAULT);
        assertThat(recorded.getOfficerId()).isEqualTo(data.officerId("CB04"));
        assertThat(recorded.getUnitId()).contains(steps.unit("KT"));
        assertThat(recorded.getHeadOfficerId()).contains(data.officerId("CB02"));
        assertThat(recorded.getEvidence()).isEqualTo("Trả hồ sơ cho công dân vì cán bộ nhập sai tên chủ hồ sơ");
        assertThat(entry.head()).hasValueSatisfying(head -> assertThat(head.getCode()).isEqualTo("CB02"));
        assertThat(entry.proof()).extracting(DossierEvent::getKind).containsExactly(DossierEventKind.RECEIVED,
                DossierEventKind.WARNED, DossierEventKind.HANDED_OFF, DossierEventKind.VIOLATION_RECORDED);
        assertThat(register.read(steps.head("CB02"), ViolationFilter.all()).getFirst().proof())
                .as("what happened after the entry proves nothing of it").hasSize(4);

        String tp = "TP-1";
        refused(() -> register.record(steps.head("CB02"), code, "CB01", ViolationKind.RETURNED_BY_FAULT, "Lỗi"),
                "problem.violation.other-unit");
        refused(() -> register.record(steps.head("CB02"), tp, "CB03", ViolationKind.RETURNED_BY_FAULT, "Lỗi"),
                "problem.violation.other-unit");
        refused(() -> register.record(otherUnitsHead(), code, "CB04", ViolationKind.RETURNED_BY_FAULT, "Lỗi"),
                "problem.violation.other-unit");
        refused(() -> register.record(steps.officer("CB03"), code, "CB04", ViolationKind.RETURNED_BY_FAULT, "Lỗi"),
                "problem.violation.not-head");
        refused(() -> register.record(steps.head("CB02"), code, "CB04", ViolationKind.RETURNED_BY_FAULT, " "),
                "problem.violation.evidence-missing");
        refused(() -> register.record(steps.head("CB02"), code, "CB04", ViolationKind.RETURNED_BY_FAULT,
                "x".repeat(2001)), "problem.violation.evidence-missing");
        refused(() -> register.record(steps.head("CB02"), code, "CB99", ViolationKind.RETURNED_BY_FAULT, "Lỗi"),
                "problem.officer.unknown");
        refused(() -> register.record(steps.head("CB02"), "NO-SUCH", "CB04", ViolationKind.RETURNED_BY_FAULT, "Lỗi"),
                "problem.dossier.unknown");
        refused(() -> register.record(steps.manager(), code, "CB04", ViolationKind.LATE_OWN_FAULT, "Lỗi"),
                "problem.violation.by-ruling");
        assertThat(steps.count("violation")).isEqualTo(1);

        Violation byManager = register.record(steps.manager(), tp, "CB01", ViolationKind.RETURNED_BY_FAULT,
                "Trả lại hồ sơ vì thiếu giấy tờ đã nộp nhưng cán bộ làm thất lạc").violation();
        assertThat(byManager.getUnitId()).contains(steps.unit("TP"));
        assertThat(byManager.getRecordedBy()).isEqualTo("giamdoc");
    }

    @Test
    void anOfficerReadsTheirOwnEntriesAHeadTheirUnitsAManagerAll() {
        register.record(steps.head("CB02"), code, "CB03", ViolationKind.RETURNED_BY_FAULT, "Lỗi của CB03");
        at(11, 0);
        register.record(steps.head("CB02"), code, "CB04", ViolationKind.RETURNED_BY_FAULT, "Lỗi của CB04");
        clock.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        register.record(steps.manager(), "TP-1", "CB01", ViolationKind.RETURNED_BY_FAULT, "Lỗi của CB01");

        assertThat(officersOf(steps.manager(), ViolationFilter.all())).containsExactly("CB01", "CB04", "CB03");
        assertThat(officersOf(steps.head("CB02"), ViolationFilter.all())).containsExactly("CB04", "CB03");
        assertThat(officersOf(steps.officer("CB03"), ViolationFilter.all())).containsExactly("CB03");
        assertThat(officersOf(steps.officer("CB01"), ViolationFilter.all())).containsExactly("CB01");
        assertThat(officersOf(steps.officer("CB07"), ViolationFilter.all())).isEmpty();
        assertThat(officersOf(otherUnitsHead(), ViolationFilter.all())).isEmpty();

        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        assertThat(officersOf(steps.manager(), new ViolationFilter(wednesday, wednesday, null, null)))
                .containsExactly("CB04", "CB03");
        assertThat(officersOf(steps.manager(), new ViolationFilter(wednesday.plusDays(1), null, null, null)))
                .containsExactly("CB01");
        assertThat(officersOf(steps.head("CB02"), new ViolationFilter(null, null, null, "cb04")))
                .containsExactly("CB04");
        assertThat(officersOf(steps.manager(), new ViolationFilter(null, null, ViolationKind.LATE_OWN_FAULT, null)))
                .isEmpty();
        assertThat(officersOf(steps.officer("CB03"), new ViolationFilter(null, null, null, "CB04"))).isEmpty();
        refused(() -> register.read(steps.manager(), new ViolationFilter(wednesday, wednesday.minusDays(1), null,
                null)), "problem.violation.period");
        refused(() -> register.read(steps.manager(), new ViolationFilter(null, null, null, "CB99")),
                "problem.officer.unknown");
    }

    private List<String> officersOf(Handler reader, ViolationFilter filter) {
        return register.read(reader, filter).stream().map(entry -> entry.officer().getCode()).toList();
    }

    /** On PostgreSQL the demo's sign-ins are not made: KT's head gets the account joint liability looks up. */
    private void headOfKtHasAnAccount() {
        jdbc.sql("insert into user_account (username, password_hash, role, full_name, officer_id, unit_id)"
                + " select 'head-kt', 'none', 'UNIT_HEAD', o.full_name, o.id, o.unit_id from officer o"
                + " where o.code = 'CB02' and not exists (select 1 from user_account a where a.role = 'UNIT_HEAD'"
                + " and a.unit_id = o.unit_id)").update();
    }

    /** A head of another unit (VHXH), as {@link Handler#of} would make them. */
    private Handler otherUnitsHead() {
        return new Handler(Actor.user("CB05"), Optional.of(data.officerId("CB05")), Optional.of(steps.unitOf("CB05")),
                true, false);
    }

    private Dossier dossier() {
        return dossiers.find(code).orElseThrow();
    }

    private void at(int hour, int minute) {
        clock.set(LocalDateTime.of(2026, 12, 2, hour, minute));
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo(key);
    }
}
