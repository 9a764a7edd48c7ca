package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.internal.DossierWatchQueries;

/**
 * The early warning and the overdue finding (seed 004): every minute, each due time of a dossier whose clock runs,
 * its own and its current step's, is warned of once when the center's warning hours (at least 24) remain, and found
 * late once when it passes, on the name of whoever held it then. What came due while the server was down is caught up
 * at the next run, once: a due time already past is found late without a warning first. A dossier just received or
 * imported is checked at once, in the transaction that wrote it, so a short procedure warns from reception and an
 * import already past due is late at once.
 */
@Service
public class DossierWatch {

    private static final Logger log = LoggerFactory.getLogger(DossierWatch.class);
    private static final int IDS_PER_QUERY = 500;

    /** Open and with its clock running: waiting for the citizen's supplement makes nothing late. */
    static final Set<DossierStatus> RUNNING = Set.copyOf(Arrays.stream(DossierStatus.values())
            .filter(status -> status.isOpen() && status != DossierStatus.AWAITING_SUPPLEMENT).toList());

    /** What one run recorded: new warnings and new lateness (dossiers' and steps' alike). */
    public record Recorded(int warnings, int lateness) {

        static final Recorded NOTHING = new Recorded(0, 0);

        Recorded plus(Recorded other) {
            return new Recorded(warnings + other.warnings, lateness + other.lateness);
        }
    }

    private final DossierWatchQueries queries;
    private final DueTimeCheck check;
    private final CenterSettings settings;
    private final Centers centers;
    private final CenterTime time;
    private final TransactionTemplate reads;

    DossierWatch(DossierWatchQueries queries, DueTimeCheck check, CenterSettings settings, Centers centers,
            CenterTime time, PlatformTransactionManager transactions) {
        this.queries = queries;
        this.check = check;
        this.settings = settings;
        this.centers = centers;
        this.time = time;
        this.reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
    }

    /** Records what is due at this moment; running it again at the same or a later moment records nothing twice. */
    public Recorded run(Instant now) {
        Duration warning = warningHours();
        Collection<Long> candidates = reads.execute(status -> {
            Integer center = centers.profile().getId();
            Instant horizon = now.plus(warning);
            Set<Long> ids = new TreeSet<>(queries.dossiersDue(center, RUNNING, now, horizon, LateScope.DOSSIER));
            ids.addAll(queries.stepsDue(center, RUNNING, now, horizon, LateScope.STEP));
            return ids;
        });
        Recorded recorded = check(candidates, now, warning);
        if (!recorded.equals(Recorded.NOTHING)) {
            log.info("Dossier watch at {}: {} warnings, {} late", now, recorded.warnings(), recorded.lateness());
        }
        return recorded;
    }

    /** A dossier received here: a procedure shorter than the warning hours warns from reception. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void received(DossierReceived received) {
        checkBeforeCommit(List.of(received.dossierId()));
    }

    /** Dossiers written from the province's log: one already past due is late at once. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void imported(DossiersImported imported) {
        checkBeforeCommit(imported.dossierIds());
    }

    /**
     * In the reception's or the import's own transaction, which holds the dossiers' rows already: checked after its
     * commit, each needed a second connection while the first was still held, and a rush of receptions emptied the
     * pool waiting. Only those with a due time inside the window are looked at, so a large import stays quick.
     */
    private void checkBeforeCommit(Collection<Long> dossierIds) {
        Instant now = time.now();
        Duration warning = warningHours();
        List<Long> ids = List.copyOf(new TreeSet<>(dossierIds));
        Set<Long> due = new TreeSet<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            due.addAll(queries.dueAmong(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)), RUNNING,
                    now.plus(warning)));
        }
        check(due, now, warning);
    }

    private Recorded check(Collection<Long> dossierIds, Instant now, Duration warning) {
        Recorded recorded = Recorded.NOTHING;
        for (Long id : dossierIds) {
            recorded = recorded.plus(check.check(id, now, warning));
        }
        return recorded;
    }

    private Duration warningHours() {
        Integer hours = reads.execute(status -> settings.current().get(CenterSettings.Setting.WARNING_HOURS));
        // The setting's own range starts at 24; never less, whatever the row says.
        return Duration.ofHours(Math.max(CenterSettings.Setting.WARNING_HOURS.min(), hours));
    }

    /** Every minute, so a dossier is warned of and found late within a minute of the moment. */
    @Component
    @ConditionalOnProperty(name = "motcua.dossier-watch.scheduled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private final DossierWatch watch;
        private final CenterTime time;

        Schedule(DossierWatch watch, CenterTime time) {
            this.watch = watch;
            this.time = time;
        }

        @Scheduled(initialDelay = 5_000, fixedDelay = 60_000)
        void everyMinute() {
            watch.run(time.now());
        }
    }
}
