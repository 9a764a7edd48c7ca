package vn.motcua.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.StepKind;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.internal.LateDossierQueries;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;

/**
 * The late and the due-soon dossiers as the watch recorded them, for a scope: a manager every unit's and the
 * unassigned, a head of unit their unit's (late for it, or in it now), an officer those they hold.
 */
@Service
@Transactional(readOnly = true)
public class LateDossiers {

    private static final List<DossierStatus> OPEN = Arrays.stream(DossierStatus.values())
            .filter(DossierStatus::isOpen).toList();

    private final LateDossierQueries queries;
    private final Officers officers;
    private final Centers centers;
    private final CenterTime time;

    LateDossiers(LateDossierQueries queries, Officers officers, Centers centers, CenterTime time) {
        this.queries = queries;
        this.officers = officers;
        this.centers = centers;
        this.time = time;
    }

    /** Late dossiers and steps still with the center, the longest late first. */
    public List<AlertLine> late(DossierScope scope) {
        return late(scope, late());
    }

    /** Dossiers and steps warned of and not yet late, the soonest due first. */
    public List<AlertLine> dueSoon(DossierScope scope) {
        return dueSoon(scope, late());
    }

    /** Both lists of a scope (the daily overdue list), the late ones read once for both. */
    public Alerts alerts(DossierScope scope) {
        List<LateRow> late = late();
        return new Alerts(late(scope, late), dueSoon(scope, late));
    }

    /** The late lines and the due-soon lines of one scope, each in its order. */
    public record Alerts(List<AlertLine> late, List<AlertLine> dueSoon) {
    }

    /** The late and the due-soon lines of the dossiers an officer holds now (the console's badge and list). */
    public List<AlertLine> heldBy(long officerId) {
        List<LateRow> lateRows = late();
        Stream<Row> late = lateRows.stream().map(row -> new Row(row.dossier(), row.lateness().getScope(),
                row.lateness().getStep(), row.lateness().getDueAt(), Optional.of(row.lateness())));
        return lines(Stream.concat(late, dueSoonRows(lateRows).map(Warned::row))
                .filter(row -> row.dossier().getHolderOfficerId().filter(id -> id == officerId).isPresent()).toList());
    }

    private List<AlertLine> late(DossierScope scope, List<LateRow> late) {
        return lines(late.stream().filter(row -> covers(scope, row.dossier(), row.lateness().getUnitId()))
                .map(row -> new Row(row.dossier(), row.lateness().getScope(), row.lateness().getStep(),
                        row.lateness().getDueAt(), Optional.of(row.lateness())))
                .toList());
    }

    private List<AlertLine> dueSoon(DossierScope scope, List<LateRow> late) {
        return lines(dueSoonRows(late).filter(row -> covers(scope, row.dossier(), row.warningUnit()))
                .map(Warned::row).toList());
    }

    private record LateRow(DossierLateness lateness, Dossier dossier) {
    }

    /** A warning that stands, with the step of its hand-off for a step's (the warning row does not name it). */
    private record Warned(DossierWarning warning, Dossier dossier, Optional<StepKind> step) {

        Optional<Long> warningUnit() {
            return warning.getUnitId();
        }

        Row row() {
            return new Row(dossier, warning.getScope(), step, warning.getDueAt(), Optional.empty());
        }
    }

    private record LastHandOff(int sequenceNo, StepKind step) {
    }

    private record Row(Dossier dossier, LateScope scope, Optional<StepKind> step, Instant dueAt,
            Optional<DossierLateness> lateness) {
    }

    private List<LateRow> late() {
        return queries.late(centers.profile().getId(), OPEN).stream()
                .map(row -> new LateRow((DossierLateness) row[0], (Dossier) row[1])).toList();
    }

    /**
     * Warnings that still stand: the dossier's own while its due time is the one warned of and the clock runs, a
     * step's while its hand-off is the last; none for what is already late ({@code late}, as just read).
     */
    private Stream<Warned> dueSoonRows(List<LateRow> late) {
        Integer centerId = centers.profile().getId();
        List<Warned> warned = queries.warned(centerId, OPEN, time.now()).stream()
                .map(row -> new Warned((DossierWarning) row[0], (Dossier) row[1], Optional.empty())).toList();
        Set<String> lateKeys = new HashSet<>();
        Set<Long> lateDossiers = new HashSet<>();
        for (LateRow row : late) {
            lateKeys.add(key(row.dossier().getId(), row.lateness().getScope(), row.lateness().getHandOffNo()));
            if (row.lateness().getScope() == LateScope.DOSSIER) {
                lateDossiers.add(row.dossier().getId());
            }
        }
        Map<Long, LastHandOff> lastHandOff = lastHandOffs(warned.stream().map(each -> each.dossier().getId()).toList());
        return warned.stream().filter(each -> {
            DossierWarning warning = each.warning();
            Dossier dossier = each.dossier();
            if (dossier.getStatus() == DossierStatus.AWAITING_SUPPLEMENT
                    || lateKeys.contains(key(dossier.getId(), warning.getScope(), warning.getHandOffNo()))) {
                return false;
            }
            return warning.getScope() == LateScope.DOSSIER
                    ? warning.getDueAt().equals(dossier.getDueAt()) && !lateDossiers.contains(dossier.getId())
                    : Optional.ofNullable(lastHandOff.get(dossier.getId()))
                            .filter(last -> last.sequenceNo() == warning.getHandOffNo()).isPresent();
        }).map(each -> each.warning().getScope() == LateScope.DOSSIER ? each : new Warned(each.warning(),
                each.dossier(), Optional.of(lastHandOff.get(each.dossier().getId()).step())));
    }

    private Map<Long, LastHandOff> lastHandOffs(Collection<Long> dossierIds) {
        Map<Long, LastHandOff> last = new HashMap<>();
        if (!dossierIds.isEmpty()) {
            queries.lastHandOffs(new HashSet<>(dossierIds)).forEach(row -> last.put((Long) row[0],
                    new LastHandOff(((Number) row[1]).intValue(), (StepKind) row[2])));
        }
        return last;
    }

    private static String key(Long dossierId, LateScope scope, int handOffNo) {
        return dossierId + "/" + scope + "/" + handOffNo;
    }

    /** A head reads what is late for their unit as well as what is in it now. */
    private static boolean covers(DossierScope scope, Dossier dossier, Optional<Long> recordedUnit) {
        return scope.covers(dossier) || !scope.allUnits() && scope.unitId() != null
                && recordedUnit.filter(scope.unitId()::equals).isPresent();
    }

    private List<AlertLine> lines(List<Row> rows) {
        Set<Long> ids = new HashSet<>();
        for (Row row : rows) {
            row.dossier().getHolderOfficerId().ifPresent(ids::add);
            row.lateness().ifPresent(lateness -> {
                lateness.getOfficerId().ifPresent(ids::add);
                lateness.getHeadOfficerId().ifPresent(ids::add);
            });
        }
        Map<Long, String> names = new HashMap<>();
        officers.all(ids).forEach((Officer officer) -> names.put(officer.getId(), officer.getFullName()));
        List<AlertLine> lines = new ArrayList<>();
        for (Row row : rows) {
            Dossier dossier = row.dossier();
            Optional<Long> holder = dossier.getHolderOfficerId();
            Optional<AlertLine.Late> late = row.lateness().map(lateness -> new AlertLine.Late(lateness.getId(),
                    lateness.getFoundAt(), lateness.getOfficerId(), lateness.getOfficerId().map(names::get),
                    lateness.getHeadOfficerId(), lateness.getHeadOfficerId().map(names::get),
                    lateness.isUnassigned(), lateness.getUnitId()));
            lines.add(new AlertLine(dossier.getCode(), dossier.getProcedureCode(), dossier.getStatus(), row.scope(),
                    row.step(), row.dueAt(), dossier.getUnitId(), dossier.getUnitName(), holder, holder.map(names::get),
                    dossier.getHeldSince(), late, dossier.getNewAppointmentAt()));
        }
        return lines;
    }
}
