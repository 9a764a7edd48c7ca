package vn.motcua.dossier;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.catalogue.StepKind;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.internal.DossierLatenessRepository;
import vn.motcua.dossier.internal.DossierWarningRepository;

/**
 * What the minute watch records, written as it writes it for the screens' tests: a warning or a lateness row in one
 * transaction that publishes {@link DossierAlertsChanged} naming the unit and the officers, so the screens hear it
 * after the commit as they will hear the watch.
 */
public final class LateMarks {

    private final DossierWarningRepository warnings;
    private final DossierLatenessRepository latenesses;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final CenterTime time;

    public LateMarks(ApplicationContext context) {
        this.warnings = context.getBean(DossierWarningRepository.class);
        this.latenesses = context.getBean(DossierLatenessRepository.class);
        this.events = context;
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.time = context.getBean(CenterTime.class);
    }

    /** The dossier's own due time is near: its holder is warned. */
    public void warn(Dossier dossier, Long officerId, Long unitId) {
        transaction.executeWithoutResult(status -> {
            warnings.save(new DossierWarning(dossier, LateScope.DOSSIER, 0, dossier.getDueAt(), time.now(),
                    officerId, unitId));
            events.publishEvent(changed(unitId, officerId));
        });
    }

    /** The dossier is late, named on the officer who held it at its due time, their unit and its head. */
    public void late(Dossier dossier, Long officerId, Long unitId, Long headId) {
        lateAt(dossier, LateScope.DOSSIER, 0, null, dossier.getDueAt(), officerId, unitId, headId);
    }

    /** One hand-off's step is late, the dossier perhaps still on time. */
    public void stepLate(Dossier dossier, DossierHandOff handOff, Long unitId, Long headId) {
        lateAt(dossier, LateScope.STEP, handOff.getSequenceNo(), handOff.getStep(), handOff.getStepDueAt(),
                handOff.getToOfficerId(), unitId, headId);
    }

    /** An imported dossier nobody here held, for no unit here: the manager's to settle. */
    public void unassigned(Dossier dossier) {
        lateAt(dossier, LateScope.DOSSIER, 0, null, dossier.getDueAt(), null, null, null);
    }

    private void lateAt(Dossier dossier, LateScope scope, int handOffNo, StepKind step, Instant dueAt, Long officerId,
            Long unitId, Long headId) {
        transaction.executeWithoutResult(status -> {
            latenesses.save(new DossierLateness(dossier, scope, handOffNo, step, dueAt, time.now(), officerId,
                    unitId, headId));
            events.publishEvent(changed(unitId, officerId, headId));
        });
    }

    private static DossierAlertsChanged changed(Long unitId, Long... officerIds) {
        Set<Long> officers = Stream.of(officerIds).filter(Objects::nonNull).collect(Collectors.toSet());
        return new DossierAlertsChanged(unitId == null ? Set.of() : Set.of(unitId), officers);
    }
}
