package vn.motcua.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The province's rating form of one dossier as the citizen answered it at its return (seed 001: for every dossier):
 * criteria 1–9 scored 0, 1 or 2 (null where neither the record nor the citizen gave a score), the two questions and
 * the reason for a "Không hài lòng". The ticket is the visit that collected the result; the officer the one who
 * handed it back.
 */
public record ProvinceRatingForm(long dossierId, Long ticketId, long officerId, Instant answeredAt,
        List<Integer> scores, Answer answerOne, Answer answerTwo, Optional<String> reason) {

    /** Criteria on the form, numbered 1 to 9 as the province numbers them. */
    public static final int CRITERIA = 9;
    /** The criteria only the citizen can score: 6 publicity, 7 attitude, 8 complaint handling. */
    public static final List<Integer> CITIZEN_CRITERIA = List.of(6, 7, 8);

    public ProvinceRatingForm {
        scores = Collections.unmodifiableList(new ArrayList<>(scores));
    }

    /** The answer to each of the two questions. */
    public enum Answer {
        /** Rất hài lòng. */
        VERY_SATISFIED,
        /** Hài lòng. */
        SATISFIED,
        /** Không hài lòng: a reason is required. */
        DISSATISFIED
    }

    /**
     * What the citizen answers: both questions, the reason (required when either is {@link Answer#DISSATISFIED}), and
     * optional scores of the {@link #CITIZEN_CRITERIA} by their number.
     */
    public record CitizenAnswers(Answer answerOne, Answer answerTwo, String reason, Map<Integer, Integer> criteria) {

        public CitizenAnswers {
            criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
        }

        boolean dissatisfied() {
            return answerOne == Answer.DISSATISFIED || answerTwo == Answer.DISSATISFIED;
        }
    }

    /** Criterion {@code number} (1 to 9), if it was scored. */
    public Optional<Integer> score(int number) {
        return Optional.ofNullable(scores.get(number - 1));
    }

    /** The column's form: nine scores joined by commas, "-" for none ("2,1,2,2,2,-,1,-,-"). */
    static String stored(List<Integer> scores) {
        return String.join(",", scores.stream().map(score -> score == null ? "-" : score.toString()).toList());
    }

    static List<Integer> read(String stored) {
        return Arrays.stream(stored.split(",")).map(part -> "-".equals(part) ? null : Integer.valueOf(part))
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }
}
