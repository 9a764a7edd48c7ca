package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.audit.Actor;
import vn.motcua.catalogue.StepKind;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.internal.DossierEventRepository;
import vn.motcua.dossier.internal.DossierLatenessRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.DossierWarningRepository;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.security.Accounts;

/**
 * One dossier's due times checked at a moment, holding the dossier's row: its own due time and each step's on the
 * control slip. What came due and is not on record yet is recorded once, with its event, and the screens of those it
 * names are told. The minute's run checks each dossier in a transaction of its own: holding the row makes two watches
 * at once (two nodes, two runs) take turns, and one dossier at a time keeps the watch out of anyone's deadlock. A
 * reception or an import is checked in its own transaction, which holds the row already.
 */
@Component
class DueTimeCheck {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(CenterTime.ZONE);

    private final JdbcClient jdbc;
    private final DossierRepository dossiers;
    private final DossierWarningRepository warnings;
    private final DossierLatenessRepository lateness;
    private final DossierEventRepository events;
    private final ControlSlip slip;
    private final Officers officers;
    private final Accounts accounts;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transaction;

    DueTimeCheck(JdbcClient jdbc, DossierRepository dossiers, DossierWarningRepository warnings,
            DossierLatenessRepository lateness, DossierEventRepository events, ControlSlip slip, Officers officers,
            Accounts accounts, ApplicationEventPublisher publisher, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.warnings = warnings;
        this.lateness = lateness;
        this.events = events;
        this.slip = slip;
        this.officers = officers;
        this.accounts = accounts;
        this.publisher = publisher;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Checks the dossier; a dossier another transaction holds right now is left to the next minute. */
    DossierWatch.Recorded check(long dossierId, Instant now, Duration warning) {
        return transaction.execute(status -> jdbc.sql("select id from dossier where id = ? for update skip locked")
                .param(dossierId).query(Long.class).optional()
                .flatMap(dossiers::findById)
                .filter(dossier -> DossierWatch.RUNNING.contains(dossier.getStatus()))
                .map(dossier -> new Findings(dossier, now, warning).record())
                .orElse(DossierWatch.Recorded.NOTHING));
    }

    /** What one check finds on one dossier, and whom it concerns. */
    private final class Findings {

        private final Dossier dossier;
        private final Instant now;
        private final Duration warning;
        private final List<DossierWarning> warned;
        private final List<DossierLateness> late;
        private final Set<Long> unitIds = new HashSet<>();
        private final Set<Long> officerIds = new HashSet<>();
        private int newWarnings;
        private int newLateness;

        Findings(Dossier dossier, Instant now, Duration warning) {
            this.dossier = dossier;
            this.now = now;
            this.warning = warning;
            this.warned = warnings.findByDossierIdOrderByWarnedAt(dossier.getId());
            this.late = lateness.findByDossierIdOrderByFoundAt(dossier.getId());
        }

        DossierWatch.Recorded record() {
            List<ControlSlip.Line> lines = slip.of(dossier, now);
            Instant due = dossier.getDueAt();
            if (!due.isAfter(now)) {
                lateOnce(LateScope.DOSSIER, 0, null, due, heldAt(due, lines));
            } else if (!due.minus(warning).isAfter(now)) {
                warnOnce(LateScope.DOSSIER, 0, null, due, dossier.getHolderOfficerId(), dossier.getUnitId());
            }
            for (ControlSlip.Line line : lines) {
                DossierHandOff turn = line.handOff();
                // A step due with the dossier is the dossier's own due time: watched once, as the dossier.
                if (!turn.getStepDueAt().isBefore(due)) {
                    continue;
                }
                // Time spent waiting for the citizen's supplement moves the step's due time as it moves the dossier's.
                Instant stepDue = turn.getStepDueAt().plus(line.waiting());
                Holder taker = new Holder(Optional.of(turn.getToOfficerId()), Optional.of(turn.getToUnitId()));
                if (line.late()) {
                    lateOnce(LateScope.STEP, turn.getSequenceNo(), turn.getStep(), stepDue, taker);
                } else if (line.stillHeld() && stepDue.isAfter(now) && !stepDue.minus(warning).isAfter(now)) {
                    warnOnce(LateScope.STEP, turn.getSequenceNo(), turn.getStep(), stepDue, taker.officer(),
                            taker.unit());
                }
            }
            if (newWarnings + newLateness > 0) {
                publisher.publishEvent(new DossierAlertsChanged(Set.copyOf(unitIds), Set.copyOf(officerIds)));
            }
            return new DossierWatch.Recorded(newWarnings, newLateness);
        }

        /** Who held the dossier at its due time: the last hand-off by then, else whoever holds it now (an import). */
        private Holder heldAt(Instant due, List<ControlSlip.Line> lines) {
            return lines.stream().map(ControlSlip.Line::handOff).filter(turn -> !turn.getHandedAt().isAfter(due))
                    .reduce((first, second) -> second)
                    .map(turn -> new Holder(Optional.of(turn.getToOfficerId()), Optional.of(turn.getToUnitId())))
                    .orElseGet(() -> new Holder(dossier.getHolderOfficerId(), dossier.getUnitId()));
        }

        private void warnOnce(LateScope scope, int handOffNo, StepKind step, Instant dueAt, Optional<Long> officer,
                Optional<Long> unit) {
            boolean known = warned.stream().anyMatch(each -> each.getScope() == scope
                    && each.getHandOffNo() == handOffNo && each.getDueAt().equals(dueAt));
            if (known) {
                return;
            }
            warnings.save(new DossierWarning(dossier, scope, handOffNo, dueAt, now, officer.orElse(null),
                    unit.orElse(null)));
            long hours = warning.toHours();
            event(DossierEventKind.WARNED, what(scope, handOffNo, step) + " hạn " + LOCAL.format(dueAt)
                    + ": còn dưới " + hours + " giờ" + officer.map(id -> ", cán bộ " + code(id)).orElse(""));
            officer.ifPresent(officerIds::add);
            unit.ifPresent(unitIds::add);
            newWarnings++;
        }

        private void lateOnce(LateScope scope, int handOffNo, StepKind step, Instant dueAt, Holder holder) {
            boolean known = late.stream().anyMatch(each -> each.getScope() == scope
                    && each.getHandOffNo() == handOffNo);
            if (known) {
                return;
            }
            Optional<Long> head = holder.unit().flatMap(accounts::headOf);
            lateness.save(new DossierLateness(dossier, scope, handOffNo, step, dueAt, now,
                    holder.officer().orElse(null), holder.unit().orElse(null), head.orElse(null)));
            event(DossierEventKind.LATE, what(scope, handOffNo, step) + " quá hạn " + LOCAL.format(dueAt)
                    + holder.officer().map(id -> ", cán bộ " + code(id)).orElse("")
                    + holder.unit().flatMap(officers::unit).map(unit -> ", đơn vị " + unit.getCode())
                            .orElse(", chưa giao đơn vị nào")
                    + head.map(id -> ", trưởng đơn vị " + code(id)).orElse(""));
            holder.officer().ifPresent(officerIds::add);
            head.ifPresent(officerIds::add);
            holder.unit().ifPresent(unitIds::add);
            newLateness++;
        }

        private void event(DossierEventKind kind, String detail) {
            events.save(new DossierEvent(dossier, now, kind, null, Actor.SYSTEM.name(), detail));
        }
    }

    private static String what(LateScope scope, int handOffNo, StepKind step) {
        return scope == LateScope.DOSSIER ? "Hồ sơ" : "Bước " + step + " (lượt " + handOffNo + ")";
    }

    private String code(long officerId) {
        return officers.find(officerId).map(Officer::getCode).orElse("#" + officerId);
    }

    /** The officer and unit a due time is on; both empty for an imported dossier of no unit here. */
    private record Holder(Optional<Long> officer, Optional<Long> unit) {
    }
}
