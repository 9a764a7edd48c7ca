package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.feedback.internal.RatingFollowUpRepository;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.GiveRating.RatingGiven;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.RatingReason;
import vn.motcua.security.Accounts;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/**
 * Every dissatisfied rating followed up: CB04 (unit KT) serves at counter 4, CB02 heads KT and serves at counter 3,
 * CB01 (unit TP) at counter 1. The follow-up is KT's head's, not another unit's; it goes up to the managers a minute
 * after its due time, once; the rating itself never changes.
 */
@ServerTest
class FollowUpsTest {

    private static final int HOURS = 6;

    @Autowired
    FollowUps followUps;
    @Autowired
    RatingFollowUpRepository repository;
    @Autowired
    GiveRating giveRating;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    SignedInUser head;
    SignedInUser manager;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
        data.setting("follow_up_hours", HOURS);
        head = accounts.loadUserByUsername("CB02");
        manager = accounts.loadUserByUsername("giamdoc");
    }

    @Test
    void unsatisfiedOnAFourLevelScaleOpensOneForTheHeadOfTheRatedOfficersUnit() {
        Rating rating = rated(4, "XD-GP", RatingLevel.UNSATISFIED);

        assertThat(repository.findAll()).singleElement().satisfies(followUp -> {
            assertThat(followUp.getRatingId()).isEqualTo(rating.getId());
            assertThat(followUp.getOfficerId()).isEqualTo(data.officerId("CB04"));
            assertThat(followUp.getUnitId()).contains(head.unitId());
            assertThat(followUp.getHeadOfficerId()).contains(data.officerId("CB02"));
            assertThat(followUp.getOpenedAt()).isEqualTo(rating.getRatedAt());
            assertThat(followUp.getDueAt()).isEqualTo(rating.getRatedAt().plus(Duration.ofHours(HOURS)));
        });
    }

    @Test
    void theLowestLevelOfAFiveLevelScaleOpensOne() {
        data.setting("rating_scale", 5);

        Rating rating = rated(4, "XD-GP", RatingLevel.VERY_UNSATISFIED);

        assertThat(repository.findByRatingId(rating.getId())).isPresent();
    }

    @ParameterizedTest
    @EnumSource(value = RatingLevel.class, names = {"VERY_SATISFIED", "SATISFIED", "NEUTRAL"})
    void aSatisfiedOrNeutralRatingOpensNone(RatingLevel level) {
        rated(4, "XD-GP", level);

        assertThat(repository.count()).isZero();
        assertThat(followUps.counts()).isEqualTo(new FollowUps.Counts(0, 0));
    }

    @Test
    void theSameRatingGivenTwiceOpensOneFollowUp() {
        Rating rating = rated(4, "XD-GP", RatingLevel.UNSATISFIED);

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new RatingGiven(rating.getId(),
                rating.getTicket().getId(), rating.getOfficer().getId(), 4, RatingLevel.UNSATISFIED)));

        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void theHeadOfTheUnitSeesItAndAnotherUnitsHeadDoesNot() {
        Rating rating = rated(4, "XD-GP", RatingLevel.UNSATISFIED);
        giveRating.giveReasons(rating.getId(), Set.of(RatingReason.ATTITUDE));
        rated(1, "HT-KS", RatingLevel.UNSATISFIED);

        assertThat(followUps.list(head, true)).singleElement().satisfies(line -> {
            assertThat(line.ticketNumber()).isEqualTo(rating.getTicket().getNumber());
            assertThat(line.serviceName()).isEqualTo("Cấp giấy phép xây dựng nhà ở riêng lẻ");
            assertThat(line.counterNumber()).isEqualTo(4);
            assertThat(line.officerName()).isEqualTo("Phạm Thu Trang");
            assertThat(line.level()).isEqualTo(RatingLevel.UNSATISFIED);
            assertThat(line.reasons()).containsExactly(RatingReason.ATTITUDE);
            assertThat(line.late()).isFalse();
        });
        assertThat(followUps.list(otherUnitsHead(), true)).isEmpty();
        assertThat(followUps.list(manager, true)).hasSize(2);
        long id = followUps.list(head, true).getFirst().id();
        refused(() -> followUps.contact(otherUnitsHead(), id, "Đã gọi"), "problem.follow-up.not-yours");
        refused(() -> followUps.list(accounts.loadUserByUsername("CB04"), true), "problem.follow-up.not-yours");
        refused(() -> followUps.resolve(accounts.loadUserByUsername("CB04"), id, "Tự xử lý"),
                "problem.follow-up.own-rating");
    }

    @Test
    void theHeadRecordsContactAndTheResolutionOnce() {
        rated(4, "XD-GP", RatingLevel.UNSATISFIED);
        long id = followUps.list(head, true).getFirst().id();

        refused(() -> followUps.contact(head, id, "  "), "problem.follow-up.note");
        followUps.contact(head, id, "Gọi điện cho người dân lúc 9 giờ; bà phàn nàn phải chờ lâu.");
        refused(() -> followUps.resolve(head, id, "Xong"), "problem.follow-up.resolution");
        followUps.resolve(head, id, "Đã xin lỗi, nhắc cán bộ hướng dẫn rõ hơn.");
        refused(() -> followUps.resolve(manager, id, "Lần thứ hai"), "problem.follow-up.resolved");
        refused(() -> followUps.contact(head, id, "Gọi lại"), "problem.follow-up.resolved");

        assertThat(followUps.list(head, true)).isEmpty();
        assertThat(followUps.list(head, false)).singleElement().satisfies(line -> {
            assertThat(line.contactNote()).contains("Gọi điện cho người dân lúc 9 giờ; bà phàn nàn phải chờ lâu.");
            assertThat(line.contactedAt()).isPresent();
            assertThat(line.resolution()).contains("Đã xin lỗi, nhắc cán bộ hướng dẫn rõ hơn.");
            assertThat(line.resolvedBy()).contains("CB02");
        });
        assertThat(followUps.counts()).isEqualTo(new FollowUps.Counts(0, 0));
        Instant now = Instant.now().plus(Duration.ofDays(400));
        String subject = "follow-up #" + id + " ";
        assertThat(audit.find(Instant.EPOCH, now, "CB02", AuditAction.FOLLOW_UP_CONTACTED))
                .filteredOn(record -> record.getSubject().startsWith(subject)).hasSize(1);
        assertThat(audit.find(Instant.EPOCH, now, "CB02", AuditAction.FOLLOW_UP_RESOLVED))
                .filteredOn(record -> record.getSubject().startsWith(subject)).singleElement()
                .satisfies(record -> assertThat(record.getDetail()).contains("Đã xin lỗi"));
    }

    @Test
    void aHeadRatedAtTheirOwnCounterLeavesItToTheManagers() {
        rated(3, "DD-GCN", RatingLevel.UNSATISFIED);

        RatingFollowUp followUp = repository.findAll().getFirst();
        assertThat(followUp.getHeadOfficerId()).isEmpty();
        assertThat(followUps.list(head, true)).isEmpty();
        refused(() -> followUps.contact(head, followUp.getId(), "Tự gọi"), "problem.follow-up.own-rating");
        followUps.resolve(manager, followUp.getId(), "Lãnh đạo đã gặp người dân.");
        assertThat(repository.findById(followUp.getId()).orElseThrow().isResolved()).isTrue();
    }

    @Test
    void unresolvedItGoesUpToTheManagersAMinuteAfterItsDueTimeOnceAndTheRatingNeverChanges() {
        Rating rating = rated(4, "XD-GP", RatingLevel.UNSATISFIED);
        giveRating.giveReasons(rating.getId(), Set.of(RatingReason.WAITED_LONG));
        Map<String, Object> ratingRow = ratingRow(rating.getId());
        Instant due = repository.findAll().getFirst().getDueAt();
        long id = repository.findAll().getFirst().getId();
        followUps.contact(head, id, "Đã gọi, hẹn gặp lại.");

        assertThat(followUps.escalate(due.minus(Duration.ofMinutes(1)))).isZero();
        assertThat(followUps.escalate(due)).isZero();
        assertThat(followUps.counts()).isEqualTo(new FollowUps.Counts(1, 0));
        assertThat(followUps.escalate(due.plus(Duration.ofMinutes(1)))).isEqualTo(1);
        assertThat(followUps.escalate(due.plus(Duration.ofMinutes(2)))).isZero();
        assertThat(followUps.escalate(due.plus(Duration.ofHours(5)))).isZero();

        assertThat(repository.findById(id).orElseThrow().getEscalatedAt()).contains(due.plus(Duration.ofMinutes(1)));
        assertThat(followUps.counts()).isEqualTo(new FollowUps.Counts(1, 1));
        rated(1, "HT-KS", RatingLevel.UNSATISFIED);
        List<FollowUpLine> managers = followUps.list(manager, true);
        assertThat(managers).extracting(FollowUpLine::escalated).containsExactly(true, false);
        followUps.resolve(manager, id, "Lãnh đạo đã gọi và giải thích cho người dân.");
        assertThat(ratingRow(rating.getId())).isEqualTo(ratingRow);
    }

    private Rating rated(int counter, String service, RatingLevel level) {
        issueTicket.issue(service, PriorityCategory.NONE);
        callNext.callNext(counter).orElseThrow();
        serve.finish(counter);
        return giveRating.rate(counter, level);
    }

    /** The rating as stored, with its reasons: what no follow-up may change. */
    private Map<String, Object> ratingRow(long id) {
        Map<String, Object> row = new java.util.HashMap<>(jdbc.sql("select * from rating where id = ?").param(id)
                .query().singleRow());
        row.put("reasons", jdbc.sql("select reason from rating_reason where rating_id = ? order by reason").param(id)
                .query(String.class).list());
        return row;
    }

    /** The head of VHXH, as the sign-in would make them. */
    private SignedInUser otherUnitsHead() {
        long vhxh = jdbc.sql("select id from unit where code = 'VHXH'").query(Long.class).single();
        return new SignedInUser("head-vhxh", "", Role.UNIT_HEAD, "Hoàng Thị Lan", data.officerId("CB05"), vhxh, true,
                false);
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }
}
