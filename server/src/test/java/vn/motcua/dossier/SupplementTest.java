package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
 * Supplements asked once: the first request stops the clock, the citizen's supplement restarts it with the due date
 * moved by the working time that stood still; a later request needs a reason and the ruling of the head of the asking
 * officer's unit, and an unjustified one is on that officer's record.
 *
 * <p>By hand: 1.004873 received Wed 2/12 09:30 is due Mon 7/12 17:00 (hours 07:30-17:00, Monday to Friday). Asked
 * Fri 4/12 16:00, 1 h (Fri) + 9.5 h (Mon) = 10.5 h of working time were left. Supplied Mon 7/12 10:00, they run from
 * then: 7 h on Monday, 3.5 h on Tuesday, so due Tue 8/12 11:00. Supplied Mon 7/12 19:00 (evening), they run from
 * Tuesday's opening: 9.5 h on Tuesday, 1 h on Wednesday, so due Wed 9/12 08:30.
 */
@ServerTest
class SupplementTest {

    private static final List<MissingItem> MISSING = List.of(
            new MissingItem("Bản sao trích lục khai tử của vợ trước", "Đã từng kết hôn"),
            new MissingItem("Tờ khai có chữ ký", "Tờ khai chưa ký"));

    @Autowired
    Supplements supplements;
    @Autowired
    HandOffDossier handOff;
    @Autowired
    Dossiers dossiers;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Autowired
    ViolationRegister register;
    @Autowired
    HandlingSteps steps;
    String code;

    /** Received by CB02 and handed to CB03, both of unit KT, whose head is CB02. */
    @BeforeEach
    void aDossierWithCb03() {
        steps.morning();
        code = steps.received(HandlingSteps.THREE_DAYS).getCode();
        handOff.handOff(steps.officer("CB02"), code, "CB03", null, null);
    }

    @Test
    void theFirstRequestStopsTheClockAndTheSupplementRestartsItAcrossTheWeekend() {
        at(2026, 12, 4, 16, 0);
        SupplementRequest first = supplements.ask(steps.officer("CB03"), code, MISSING, null);

        assertThat(first.getRequestNo()).isEqualTo(1);
        assertThat(first.getItems()).containsExactlyElementsOf(MISSING);
        assertThat(first.getAskedBy()).isEqualTo(data.officerId("CB03"));
        assertThat(first.isAwaitingRuling()).as("the first request needs no ruling").isFalse();
        Dossier stopped = dossier();
        assertThat(stopped.getStatus()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
        assertThat(stopped.getClockStoppedAt()).contains(clock.instant());
        refused(() -> supplements.ask(steps.officer("CB03"), code, MISSING, "Còn thiếu"), "problem.supplement.open");

        at(2026, 12, 7, 10, 0);
        Dossier restarted = supplements.supplied(steps.officer("CB02"), code);

        assertThat(restarted.getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(restarted.getClockStoppedAt()).isEmpty();
        assertThat(dossier().getDueAt()).isEqualTo(local(2026, 12, 8, 11, 0));
        assertThat(supplements.of(dossier())).singleElement().satisfies(request -> {
            assertThat(request.getSuppliedAt()).contains(clock.instant());
            assertThat(request.getSuppliedTo()).contains(data.officerId("CB02"));
        });
        assertThat(dossiers.history(dossier())).extracting(DossierEvent::getKind).containsSubsequence(
                DossierEventKind.SUPPLEMENT_ASKED, DossierEventKind.SUPPLEMENT_RECEIVED);
        refused(() -> supplements.supplied(steps.officer("CB03"), code), "problem.supplement.none-open");
    }

    @Test
    void timeOutsideWorkingHoursDoesNotRunAfterTheClockRestarts() {
        at(2026, 12, 4, 16, 0);
        supplements.ask(steps.officer("CB03"), code, MISSING, null);
        at(2026, 12, 7, 19, 0);

        supplements.supplied(steps.officer("CB03"), code);

        assertThat(dossier().getDueAt()).isEqualTo(local(2026, 12, 9, 8, 30));
    }

    @Test
    void aSecondRequestMustSayWhyAndAwaitsTheHeadOfTheAskingOfficersUnit() {
        supplements.ask(steps.officer("CB03"), code, MISSING, null);
        supplements.supplied(steps.officer("CB03"), code);

        refused(() -> supplements.ask(steps.officer("CB03"), code, MISSING, "  "), "problem.supplement.reason-missing");
        SupplementRequest second = supplements.ask(steps.officer("CB03"), code,
                List.of(new MissingItem("Giấy xác nhận cư trú", "Thông tin cư trú mới thay đổi")),
                "Công dân khai thêm nơi cư trú khi bổ sung");

        assertThat(second.getRequestNo()).isEqualTo(2);
        assertThat(second.isAwaitingRuling()).isTrue();
        assertThat(second.getReasonForAnother()).contains("Công dân khai thêm nơi cư trú khi bổ sung");
        assertThat(dossier().getStatus()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
        assertThat(supplements.awaitingRuling(steps.head("CB02"))).extracting(SupplementRequest::getId)
                .containsExactly(second.getId());
        assertThat(supplements.awaitingRuling(otherUnitsHead())).isEmpty();
        assertThat(supplements.awaitingRuling(steps.manager())).hasSize(1);
    }

    @Test
    void theRulingIsTheAskingOfficersHeadsAndAnUnjustifiedRequestIsTheirViolation() {
        supplements.ask(steps.officer("CB03"), code, MISSING, null);
        supplements.supplied(steps.officer("CB03"), code);
        // The dossier moves to TP: the ruling still belongs to KT's head, whose officer asked.
        SupplementRequest second = supplements.ask(steps.officer("CB03"), code, MISSING, "Quên hỏi lần trước");
        handOff.handOff(steps.officer("CB03"), code, "CB01", null, null);

        refused(() -> supplements.rule(steps.officer("CB03"), code, 2, true, null), "problem.supplement.not-head");
        refused(() -> supplements.rule(otherUnitsHead(), code, 2, false, "Không có lý do"),
                "problem.supplement.not-head");
        refused(() -> supplements.rule(steps.head("CB02"), code, 2, false, " "), "problem.supplement.comment-missing");
        refused(() -> supplements.rule(steps.head("CB02"), code, 1, true, null), "problem.supplement.ruled");
        refused(() -> supplements.rule(steps.head("CB02"), code, 3, true, null), "problem.supplement.unknown");
        assertThat(violationsOf("CB03")).isEmpty();

        SupplementRequest ruled = supplements.rule(steps.head("CB02"), code, 2, false,
                "Giấy tờ này đã có trong danh mục từ đầu");

        assertThat(ruled.getRuling()).contains(SupplementRuling.UNJUSTIFIED);
        assertThat(ruled.getRuledBy()).contains(data.officerId("CB02"));
        assertThat(ruled.getRuledAt()).contains(clock.instant());
        assertThat(violationsOf("CB03")).extracting(entry -> entry.violation().getSupplementRequestId())
                .containsExactly(Optional.of(second.getId()));
        assertThat(violationsOf("CB02")).isEmpty();
        assertThat(supplements.awaitingRuling(steps.head("CB02"))).isEmpty();
        refused(() -> supplements.rule(steps.head("CB02"), code, 2, true, null), "problem.supplement.ruled");
        assertThat(dossiers.history(dossier())).filteredOn(event -> event.getKind()
                == DossierEventKind.SUPPLEMENT_RULED).singleElement().satisfies(event -> {
                    assertThat(event.getOfficerId()).contains(data.officerId("CB02"));
                    assertThat(event.getDetail()).hasValueSatisfying(detail -> assertThat(detail).contains("UNJUSTIFIED"));
                });
        assertThat(dossiers.history(dossier())).extracting(DossierEvent::getKind).containsSubsequence(
                DossierEventKind.SUPPLEMENT_ASKED, DossierEventKind.SUPPLEMENT_RECEIVED,
                DossierEventKind.SUPPLEMENT_ASKED, DossierEventKind.HANDED_OFF, DossierEventKind.SUPPLEMENT_RULED);
    }

    @Test
    void aJustifiedSecondRequestIsNoViolation() {
        supplements.ask(steps.officer("CB03"), code, MISSING, null);
        supplements.supplied(steps.officer("CB03"), code);
        supplements.ask(steps.officer("CB03"), code, MISSING, "Luật mới yêu cầu thêm giấy tờ");

        supplements.rule(steps.manager(), code, 2, true, null);

        assertThat(supplements.of(dossier()).getLast().getRuling()).contains(SupplementRuling.JUSTIFIED);
        assertThat(violationsOf("CB03")).isEmpty();
    }

    @Test
    void onlyTheHolderOrTheirHeadAsksAndEveryItemSaysWhy() {
        refused(() -> supplements.ask(steps.officer("CB04"), code, MISSING, null), "problem.dossier.not-holder");
        refused(() -> supplements.ask(steps.officer("CB03"), code, List.of(), null),
                "problem.supplement.items-missing");
        refused(() -> supplements.ask(steps.officer("CB03"), code, List.of(new MissingItem("Tờ khai", " ")), null),
                "problem.supplement.items-missing");
        assertThat(steps.count("supplement_request")).isZero();
        assertThat(dossier().getStatus()).isEqualTo(DossierStatus.PROCESSING);

        supplements.ask(steps.head("CB02"), code, MISSING, null);
        assertThat(supplements.of(dossier()).getFirst().getAskedBy()).isEqualTo(data.officerId("CB02"));
    }

    /**
     * A head of another unit (VHXH): the demo has one head only, so this handler is made as {@link Handler#of} would
     * make it for a UNIT_HEAD account of that unit.
     */
    private Handler otherUnitsHead() {
        return new Handler(Actor.user("CB05"), Optional.of(data.officerId("CB05")), Optional.of(steps.unitOf("CB05")),
                true, false);
    }

    /** The officer's entries in the register of violations, as a manager reads them. */
    private List<ViolationEntry> violationsOf(String officerCode) {
        return register.read(steps.manager(), new ViolationFilter(null, null, null, officerCode));
    }

    private Dossier dossier() {
        return dossiers.find(code).orElseThrow();
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(year, month, day, hour, minute));
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return DossierTestData.local(LocalDateTime.of(year, month, day, hour, minute));
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo(key);
    }
}
