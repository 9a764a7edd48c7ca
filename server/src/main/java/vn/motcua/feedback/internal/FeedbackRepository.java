package vn.motcua.feedback.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;
import vn.motcua.feedback.Feedback;

/** Feedback and denunciations. */
public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByCode(String code);

    boolean existsByCode(String code);

    /** The row to answer or publish, locked: two answers at once are one answer and a refusal. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from Feedback f where f.centerId = :centerId and f.code = :code")
    Optional<Feedback> lockByCode(Integer centerId, String code);

    List<Feedback> findByCenterIdOrderByReceivedAtDescIdDesc(Integer centerId);

    List<Feedback> findByCenterIdAndPublishedAtNotNullOrderByPublishedAtDescIdDesc(Integer centerId);

    /** Due in the period, or answered in it: the on-time figure's feedback. */
    @Query("select f from Feedback f where f.centerId = :centerId and (f.answerDueAt >= :from and f.answerDueAt < :to"
            + " or f.answeredAt >= :from and f.answeredAt < :to)")
    List<Feedback> dueOrAnsweredBetween(Integer centerId, Instant from, Instant to);

    /** Unanswered and not yet warned of, its deadline still ahead but within the warning hours. */
    @Query("select f from Feedback f where f.centerId = :centerId and f.answeredAt is null and f.warnedAt is null"
            + " and f.answerDueAt > :now and f.answerDueAt <= :horizon order by f.answerDueAt")
    List<Feedback> toWarn(Integer centerId, Instant now, Instant horizon);

    /** Marks the warning once: a second node's run at the same minute updates nothing. */
    @Modifying
    @Query("update Feedback f set f.warnedAt = :at where f.id = :id and f.warnedAt is null")
    int warn(Long id, Instant at);
}
