package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingSchedule;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.LateExplanationRepository;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;

/**
 * Makes the explanation lists' cases: each lateness with its dossier, names, attempts and deadline. The deadline is the
 * day the lateness was found plus the center's explanation days, counted as the Civil Code counts working days (the
 * day itself does not count; the period ends when the last working day's hours end), on one calendar read per list.
 */
@Component
class ExplanationCases {

    private final DossierRepository dossiers;
    private final LateExplanationRepository explanations;
    private final WorkingCalendar calendar;
    private final CenterSettings settings;
    private final Catalogue catalogue;
    private final Officers officers;
    private final CenterTime time;

    ExplanationCases(DossierRepository dossiers, LateExplanationRepository explanations, WorkingCalendar calendar,
            CenterSettings settings, Catalogue catalogue, Officers officers, CenterTime time) {
        this.dossiers = dossiers;
        this.explanations = explanations;
        this.calendar = calendar;
        this.settings = settings;
        this.catalogue = catalogue;
        this.officers = officers;
        this.time = time;
    }

    /** The cases of these latenesses, in their order. */
    List<ExplanationCase> of(List<DossierLateness> latenesses) {
        if (latenesses.isEmpty()) {
            return List.of();
        }
        List<Long> ids = latenesses.stream().map(DossierLateness::getId).toList();
        Map<Long, List<LateExplanation>> attempts = explanations.findByLatenessIdInOrderByAttemptNo(ids).stream()
                .collect(Collectors.groupingBy(LateExplanation::getLatenessId));
        Map<Long, Dossier> byId = dossiers.findAllById(latenesses.stream().map(DossierLateness::getDossierId)
                .distinct().toList()).stream().collect(Collectors.toMap(Dossier::getId, Function.identity()));
        UnaryOperator<Instant> deadline = deadlines(latenesses);
        Instant now = time.now();
        return latenesses.stream().map(lateness -> {
            Dossier dossier = byId.get(lateness.getDossierId());
            List<LateExplanation> written = attempts.getOrDefault(lateness.getId(), List.of());
            Instant due = deadline.apply(lateness.getFoundAt());
            boolean accepted = !written.isEmpty() && written.getLast().getRuling()
                    .filter(ExplanationRuling.ACCEPTED::equals).isPresent();
            return new ExplanationCase(lateness, dossier.getCode(), dossier.getProcedureCode(),
                    catalogue.procedure(dossier.getProcedureCode()).map(Procedure::getName).orElse(null),
                    lateness.getUnitId().flatMap(officers::unit).map(Unit::getName).orElse(null),
                    lateness.getOfficerId().flatMap(officers::find).map(Officer::getFullName).orElse(null),
                    lateness.getDueAt(), lateness.getFoundAt(), due, !accepted && now.isAfter(due), written);
        }).toList();
    }

    ExplanationCase of(DossierLateness lateness) {
        return of(List.of(lateness)).getFirst();
    }

    /** The deadline of each moment found late, on the calendar read once for all of them. */
    private UnaryOperator<Instant> deadlines(List<DossierLateness> latenesses) {
        int days = settings.current().get(CenterSettings.Setting.EXPLANATION_DAYS);
        LocalDate first = day(latenesses.stream().map(DossierLateness::getFoundAt).min(Comparator.naturalOrder())
                .orElseThrow());
        LocalDate last = day(latenesses.stream().map(DossierLateness::getFoundAt).max(Comparator.naturalOrder())
                .orElseThrow());
        // Tết and the weekends between can stretch a few working days far: room as WorkingCalendar looks ahead.
        WorkingSchedule schedule = calendar.schedule(first, last.plusDays(days * 2L + WorkingCalendar.LOOK_AHEAD_DAYS));
        return foundAt -> schedule.endOfWorkingDays(day(foundAt), days);
    }

    private static LocalDate day(Instant at) {
        return at.atZone(CenterTime.ZONE).toLocalDate();
    }
}
