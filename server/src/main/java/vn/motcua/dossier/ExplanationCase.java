package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A late dossier as the explanation lists show it: the lateness with its dossier, procedure, unit and officer named,
 * when it was due and found late, the deadline for explaining it (working days on the calendar) and the attempts so
 * far, first first. Names are null where the lateness names nobody.
 */
public record ExplanationCase(DossierLateness lateness, String dossierCode, String procedureCode,
        String procedureName, String unitName, String officerName, Instant dueAt, Instant foundAt, Instant deadline,
        boolean overdue, List<LateExplanation> attempts) {

    public ExplanationCase {
        attempts = List.copyOf(attempts);
    }

    public long latenessId() {
        return lateness.getId();
    }

    /** The latest attempt; empty while nothing is written. */
    public Optional<LateExplanation> latest() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.getLast());
    }

    /** Nothing written yet, or the latest attempt was returned: the officer writes (again). */
    public boolean toWrite() {
        return latest().map(last -> last.getRuling().filter(ExplanationRuling.RETURNED::equals).isPresent())
                .orElse(true);
    }

    /** The latest attempt waits for the head's ruling. */
    public boolean awaitingRuling() {
        return latest().map(last -> last.getRuling().isEmpty()).orElse(false);
    }

    public boolean accepted() {
        return latest().flatMap(LateExplanation::getRuling).filter(ExplanationRuling.ACCEPTED::equals).isPresent();
    }

    /** Written after the deadline: allowed, and flagged. */
    public boolean writtenLate(LateExplanation attempt) {
        return attempt.getWrittenAt().isAfter(deadline);
    }
}
