package vn.motcua.api;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** The HTTP status of each refusal of the queue engine, by its message key. */
final class ProblemStatuses {

    private static final Map<String, HttpStatus> BY_KEY = Map.ofEntries(
            Map.entry("problem.service.unknown", HttpStatus.NOT_FOUND),
            Map.entry("problem.counter.unknown", HttpStatus.NOT_FOUND),
            Map.entry("problem.ticket.unknown", HttpStatus.NOT_FOUND),
            Map.entry("problem.officer.unknown", HttpStatus.NOT_FOUND),
            Map.entry("problem.counter.not-seated", HttpStatus.FORBIDDEN),
            Map.entry("problem.counter.not-an-officer", HttpStatus.FORBIDDEN),
            Map.entry("problem.ticket.hold-comment", HttpStatus.BAD_REQUEST),
            Map.entry("problem.transfer.target", HttpStatus.BAD_REQUEST),
            Map.entry("problem.transfer.reason", HttpStatus.BAD_REQUEST),
            Map.entry("problem.report.officer", HttpStatus.BAD_REQUEST),
            Map.entry("problem.report.period", HttpStatus.BAD_REQUEST),
            Map.entry("problem.evaluation.other-unit", HttpStatus.FORBIDDEN),
            Map.entry("problem.evaluation.not-proposer", HttpStatus.FORBIDDEN),
            Map.entry("problem.evaluation.own", HttpStatus.FORBIDDEN),
            Map.entry("problem.evaluation.not-decider", HttpStatus.FORBIDDEN),
            Map.entry("problem.evaluation.decided", HttpStatus.CONFLICT),
            Map.entry("problem.evaluation.no-proposal", HttpStatus.CONFLICT),
            Map.entry("problem.evaluation.ungraded", HttpStatus.CONFLICT),
            Map.entry("problem.evaluation.changed", HttpStatus.CONFLICT),
            Map.entry("problem.evaluation.month", HttpStatus.BAD_REQUEST),
            Map.entry("problem.evaluation.month-needed", HttpStatus.BAD_REQUEST),
            Map.entry("problem.evaluation.grade", HttpStatus.BAD_REQUEST),
            Map.entry("problem.evaluation.reason", HttpStatus.BAD_REQUEST),
            Map.entry("problem.index766.period", HttpStatus.BAD_REQUEST),
            Map.entry("problem.index766.days", HttpStatus.BAD_REQUEST),
            Map.entry("problem.index766.unit", HttpStatus.BAD_REQUEST),
            Map.entry("problem.index766.indicator", HttpStatus.BAD_REQUEST),
            // A file sent for import that is no dossier log at all: the client's mistake, like a malformed body.
            Map.entry("problem.import.empty", HttpStatus.BAD_REQUEST),
            Map.entry("problem.import.no-rows", HttpStatus.BAD_REQUEST),
            Map.entry("problem.import.too-large", HttpStatus.BAD_REQUEST),
            Map.entry("problem.import.not-utf8", HttpStatus.BAD_REQUEST),
            Map.entry("problem.import.not-csv", HttpStatus.BAD_REQUEST),
            Map.entry("problem.import.csv-broken", HttpStatus.BAD_REQUEST),
            Map.entry("problem.import.not-xlsx", HttpStatus.BAD_REQUEST),
            Map.entry("problem.dossier.page", HttpStatus.BAD_REQUEST),
            Map.entry("problem.dossier.other-unit", HttpStatus.FORBIDDEN),
            Map.entry("problem.auth.forbidden", HttpStatus.FORBIDDEN),
            Map.entry("problem.dossier.applicant-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.dossier.phone-invalid", HttpStatus.BAD_REQUEST),
            Map.entry("problem.dossier.id-number-invalid", HttpStatus.BAD_REQUEST),
            Map.entry("problem.dossier.consent-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.dossier.document-unknown", HttpStatus.BAD_REQUEST),
            Map.entry("problem.dossier.note-too-long", HttpStatus.BAD_REQUEST),
            Map.entry("problem.dossier.result-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.dossier.reason-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.dossier.not-holder", HttpStatus.FORBIDDEN),
            Map.entry("problem.supplement.items-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.supplement.reason-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.supplement.comment-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.supplement.not-head", HttpStatus.FORBIDDEN),
            Map.entry("problem.duty.incomplete", HttpStatus.BAD_REQUEST),
            Map.entry("problem.rating-form.answer-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.rating-form.reason-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.rating-form.score-invalid", HttpStatus.BAD_REQUEST),
            Map.entry("problem.dossier.code-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.explanation.not-responsible", HttpStatus.FORBIDDEN),
            Map.entry("problem.explanation.reason-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.explanation.text-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.explanation.not-head", HttpStatus.FORBIDDEN),
            Map.entry("problem.explanation.own", HttpStatus.FORBIDDEN),
            Map.entry("problem.explanation.ruling-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.explanation.comment-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.unit-explanation.not-head", HttpStatus.FORBIDDEN),
            Map.entry("problem.unit-explanation.period", HttpStatus.BAD_REQUEST),
            Map.entry("problem.unit-explanation.text-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.apology.days", HttpStatus.BAD_REQUEST),
            Map.entry("problem.apology.reason-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.apology.comment-too-long", HttpStatus.BAD_REQUEST),
            Map.entry("problem.apology.state", HttpStatus.BAD_REQUEST),
            Map.entry("problem.apology.not-leader", HttpStatus.FORBIDDEN),
            Map.entry("problem.violation.by-ruling", HttpStatus.BAD_REQUEST),
            Map.entry("problem.violation.not-head", HttpStatus.FORBIDDEN),
            Map.entry("problem.violation.evidence-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.violation.other-unit", HttpStatus.FORBIDDEN),
            Map.entry("problem.violation.period", HttpStatus.BAD_REQUEST),
            Map.entry("problem.overdue.day", HttpStatus.BAD_REQUEST),
            Map.entry("problem.overdue.weeks", HttpStatus.BAD_REQUEST),
            // Feedback: what the citizen or staff wrote is fixed by them (400); an unknown ticket or dossier named
            // in feedback is 404 like any unknown thing; a denunciation never published, or a state, is a 409.
            Map.entry("problem.feedback.channel", HttpStatus.BAD_REQUEST),
            Map.entry("problem.feedback.category", HttpStatus.BAD_REQUEST),
            Map.entry("problem.feedback.text", HttpStatus.BAD_REQUEST),
            Map.entry("problem.feedback.contact", HttpStatus.BAD_REQUEST),
            Map.entry("problem.feedback.ticket-unknown", HttpStatus.NOT_FOUND),
            Map.entry("problem.feedback.dossier-unknown", HttpStatus.NOT_FOUND),
            Map.entry("problem.feedback.not-yours", HttpStatus.FORBIDDEN),
            Map.entry("problem.feedback.answer-text", HttpStatus.BAD_REQUEST),
            Map.entry("problem.feedback.publication-text", HttpStatus.BAD_REQUEST),
            Map.entry("problem.feedback.personal-data", HttpStatus.BAD_REQUEST),
            Map.entry("problem.feedback.answered", HttpStatus.CONFLICT),
            Map.entry("problem.feedback.denunciation-private", HttpStatus.CONFLICT),
            Map.entry("problem.feedback.not-answered", HttpStatus.CONFLICT),
            Map.entry("problem.feedback.published", HttpStatus.CONFLICT),
            Map.entry("problem.feedback.assign-managers", HttpStatus.FORBIDDEN),
            Map.entry("problem.feedback.denunciation-unassigned", HttpStatus.CONFLICT),
            Map.entry("problem.feedback.assign-note", HttpStatus.BAD_REQUEST),
            Map.entry("problem.feedback.unit-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.feedback.unit-unknown", HttpStatus.NOT_FOUND),
            Map.entry("problem.feedback.assigned-already", HttpStatus.CONFLICT),
            Map.entry("problem.settings.denunciation-to", HttpStatus.BAD_REQUEST),
            Map.entry("problem.kiosk.burst", HttpStatus.CONFLICT),
            Map.entry("problem.watch.not-manager", HttpStatus.FORBIDDEN),
            Map.entry("problem.watch.note-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.watch.note-too-long", HttpStatus.BAD_REQUEST),
            Map.entry("problem.watch.signal-unknown", HttpStatus.NOT_FOUND),
            Map.entry("problem.contact.consent-missing", HttpStatus.BAD_REQUEST),
            Map.entry("problem.contact.phone-invalid", HttpStatus.BAD_REQUEST),
            Map.entry("problem.follow-up.not-yours", HttpStatus.FORBIDDEN),
            Map.entry("problem.follow-up.own-rating", HttpStatus.FORBIDDEN),
            Map.entry("problem.follow-up.note", HttpStatus.BAD_REQUEST),
            Map.entry("problem.follow-up.resolution", HttpStatus.BAD_REQUEST));

    private ProblemStatuses() {
    }

    /** Unknown things are 404, malformed requests and files 400; anything else the queue's state refuses is a 409 conflict. */
    static HttpStatus of(String messageKey) {
        HttpStatus status = BY_KEY.get(messageKey);
        if (status != null) {
            return status;
        }
        return messageKey != null && messageKey.endsWith(".unknown") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
    }
}
