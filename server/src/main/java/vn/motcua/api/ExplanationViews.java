package vn.motcua.api;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLateness;
import vn.motcua.dossier.ExplanationCase;
import vn.motcua.dossier.LateExplanation;
import vn.motcua.dossier.UnitExplanation;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;

/** Builds the API's views of late dossiers' explanations, naming officers and units by their codes. */
@Component
class ExplanationViews {

    private final Officers officers;

    ExplanationViews(Officers officers) {
        this.officers = officers;
    }

    ExplanationCaseView of(ExplanationCase each) {
        DossierLateness lateness = each.lateness();
        return new ExplanationCaseView(each.latenessId(), each.dossierCode(), each.procedureCode(),
                each.procedureName(), lateness.getScope(), unitCode(lateness.getUnitId()), each.unitName(),
                officerCode(lateness.getOfficerId()), each.officerName(), each.dueAt(),
                CenterLocalTime.of(each.dueAt()), each.foundAt(), CenterLocalTime.of(each.foundAt()), each.deadline(),
                CenterLocalTime.of(each.deadline()), each.overdue(), each.awaitingRuling(), each.accepted(),
                each.attempts().stream().map(attempt -> attempt(each, attempt)).toList());
    }

    private ExplanationView attempt(ExplanationCase each, LateExplanation attempt) {
        Instant ruledAt = attempt.getRuledAt().orElse(null);
        return new ExplanationView(attempt.getId(), attempt.getAttemptNo(),
                officerCode(Optional.of(attempt.getOfficerId())), attempt.getReason(), attempt.getText(),
                attempt.getWrittenAt(), CenterLocalTime.of(attempt.getWrittenAt()), each.writtenLate(attempt),
                attempt.getRuling().orElse(null), officerCode(attempt.getRuledBy()), ruledAt,
                CenterLocalTime.of(ruledAt), attempt.getRulingComment().orElse(null));
    }

    UnitExplanationView of(UnitExplanation period) {
        Optional<Unit> unit = officers.unit(period.getUnitId());
        return new UnitExplanationView(period.getId(), unit.map(Unit::getCode).orElse(null),
                unit.map(Unit::getName).orElse(null), period.getPeriodFrom(), period.getPeriodTo(), period.getText(),
                officerCode(Optional.of(period.getWrittenBy())), period.getWrittenAt(),
                CenterLocalTime.of(period.getWrittenAt()));
    }

    private String officerCode(Optional<Long> id) {
        return id.flatMap(officers::find).map(Officer::getCode).orElse(null);
    }

    private String unitCode(Optional<Long> id) {
        return id.flatMap(officers::unit).map(Unit::getCode).orElse(null);
    }
}
