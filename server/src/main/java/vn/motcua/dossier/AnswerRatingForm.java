package vn.motcua.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.ProvinceRatingForm.Answer;
import vn.motcua.dossier.ProvinceRatingForm.CitizenAnswers;
import vn.motcua.dossier.internal.DossierEventRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.DossierVisitRepository;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.QueueSnapshot;

/**
 * The province's rating form (seed 001), answered by the citizen when a dossier is handed back at a counter where the
 * center uses the form: the record scores what it can ({@link RatingFormScores}), the citizen answers the rest. Once
 * per dossier: the first answer stands and a second is refused in words, whichever visit sends it.
 */
@Service
public class AnswerRatingForm {

    private static final int LONGEST_REASON = 1000;
    /** Who the event names as acting: the citizen answered; its officer is the one who handed the result back. */
    private static final String CITIZEN = "citizen";

    private final DossierRepository dossiers;
    private final DossierVisitRepository visits;
    private final DossierEventRepository events;
    private final RatingFormScores scores;
    private final QueueSnapshot snapshot;
    private final Centers centers;
    private final CenterTime time;
    private final JdbcClient jdbc;

    AnswerRatingForm(DossierRepository dossiers, DossierVisitRepository visits, DossierEventRepository events,
            RatingFormScores scores, QueueSnapshot snapshot, Centers centers, CenterTime time, JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.visits = visits;
        this.events = events;
        this.scores = scores;
        this.snapshot = snapshot;
        this.centers = centers;
        this.time = time;
        this.jdbc = jdbc;
    }

    /** The dossiers this visit (ticket) collected that still owe their form; none when the center does not use it. */
    @Transactional(readOnly = true)
    public List<Dossier> awaitingForm(long ticketId) {
        if (!centers.profile().isProvinceRatingForm()) {
            return List.of();
        }
        return collectedBy(ticketId).stream().map(visit -> dossiers.findById(visit.getDossierId()).orElseThrow())
                .filter(dossier -> formOf(dossier).isEmpty()).toList();
    }

    /**
     * The same answers for every dossier the visit collected (the citizen answers once for what they took home), in
     * one transaction; refused when the visit returned none, or when every one already has its form.
     */
    @Transactional
    public List<ProvinceRatingForm> answerVisit(long ticketId, CitizenAnswers answers) {
        check(answers);
        List<DossierVisit> collected = collectedBy(ticketId);
        if (collected.isEmpty()) {
            throw new Refusal("problem.rating-form.not-returned", "Ticket " + ticketId + " returned no dossier");
        }
        List<ProvinceRatingForm> answered = new ArrayList<>();
        for (DossierVisit visit : collected) {
            // Locked: the same form sent twice at once is written once, the other press is refused.
            Dossier dossier = dossiers.lockByCenterIdAndCode(centers.profile().getId(),
                    dossiers.findById(visit.getDossierId()).orElseThrow().getCode()).orElseThrow();
            if (formOf(dossier).isEmpty()) {
                answered.add(write(dossier, visit, answers));
            }
        }
        if (answered.isEmpty()) {
            throw answeredAlready("the dossiers of ticket " + ticketId);
        }
        return answered;
    }

    /** The dossier's form as answered, if it was. */
    @Transactional(readOnly = true)
    public Optional<ProvinceRatingForm> formOf(Dossier dossier) {
        return jdbc.sql("""
                select dossier_id, ticket_id, officer_id, answered_at, scores, answer_one, answer_two, reason
                from dossier_rating_form where dossier_id = ?""").param(dossier.getId())
                .query((row, n) -> new ProvinceRatingForm(row.getLong(1), row.getObject(2, Long.class),
                        row.getLong(3), row.getTimestamp(4).toInstant(), ProvinceRatingForm.read(row.getString(5)),
                        Answer.valueOf(row.getString(6)), Answer.valueOf(row.getString(7)),
                        Optional.ofNullable(row.getString(8))))
                .optional();
    }

    private List<DossierVisit> collectedBy(long ticketId) {
        return visits.findByTicketIdOrderByLinkedAtAsc(ticketId).stream()
                .filter(visit -> visit.getPurpose() == VisitPurpose.COLLECTION).toList();
    }

    private void check(CitizenAnswers answers) {
        if (!centers.profile().isProvinceRatingForm()) {
            throw new Refusal("problem.rating-form.not-used", "The center does not use the province's rating form");
        }
        if (answers == null || answers.answerOne() == null || answers.answerTwo() == null) {
            throw new Refusal("problem.rating-form.answer-missing", "Both questions need an answer");
        }
        for (Map.Entry<Integer, Integer> scored : answers.criteria().entrySet()) {
            if (!ProvinceRatingForm.CITIZEN_CRITERIA.contains(scored.getKey()) || scored.getValue() == null
                    || scored.getValue() < 0 || scored.getValue() > 2) {
                throw new Refusal("problem.rating-form.score-invalid", "Criteria 6, 7 and 8 take 0, 1 or 2, not "
                        + scored.getKey() + "=" + scored.getValue());
            }
        }
        String reason = reason(answers);
        if (answers.dissatisfied() && reason == null || reason != null && reason.length() > LONGEST_REASON) {
            throw new Refusal("problem.rating-form.reason-missing",
                    "A \"Không hài lòng\" needs its reason (" + LONGEST_REASON + " characters at most)");
        }
    }

    private ProvinceRatingForm write(Dossier dossier, DossierVisit collection, CitizenAnswers answers) {
        if (formOf(dossier).isPresent()) {
            throw answeredAlready("dossier " + dossier.getCode());
        }
        Instant now = time.now();
        ProvinceRatingForm form = new ProvinceRatingForm(dossier.getId(), collection.getTicketId(),
                collection.getOfficerId(), now, scores.of(dossier, answers.criteria()), answers.answerOne(),
                answers.answerTwo(), Optional.ofNullable(reason(answers)));
        jdbc.sql("""
                insert into dossier_rating_form (dossier_id, center_id, ticket_id, officer_id, answered_at, scores,
                    answer_one, answer_two, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(form.dossierId(), dossier.getCenterId(), form.ticketId(), form.officerId(),
                        Timestamp.from(now), ProvinceRatingForm.stored(form.scores()),
                        form.answerOne().name(), form.answerTwo().name(), form.reason().orElse(null))
                .update();
        String ticket = snapshot.call(collection.getTicketId()).map(QueueSnapshot.Call::number)
                .orElse(String.valueOf(collection.getTicketId()));
        events.save(new DossierEvent(dossier, now, DossierEventKind.RATING_FORM_ANSWERED, collection.getOfficerId(),
                CITIZEN, "Phiếu " + ticket + ": " + form.answerOne() + "/" + form.answerTwo() + ", điểm "
                        + ProvinceRatingForm.stored(form.scores())));
        return form;
    }

    private static String reason(CitizenAnswers answers) {
        return answers.reason() == null || answers.reason().isBlank() ? null : answers.reason().strip();
    }

    private static Refusal answeredAlready(String what) {
        return new Refusal("problem.rating-form.answered", "The rating form of " + what + " was answered already");
    }
}
