package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.catalogue.StepKind;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.internal.DossierHandOffRepository;
import vn.motcua.dossier.internal.SupplementRequestRepository;

/**
 * The control slip (Mẫu 06) read from the hand-offs: each holder in turn, from when until when, for how long, and
 * whether they passed it on (or finished) by their step's due time.
 */
@Service
public class ControlSlip {

    private final DossierHandOffRepository handOffs;
    private final SupplementRequestRepository supplements;
    private final CenterTime time;

    ControlSlip(DossierHandOffRepository handOffs, SupplementRequestRepository supplements, CenterTime time) {
        this.handOffs = handOffs;
        this.supplements = supplements;
        this.time = time;
    }

    /**
     * One holder's turn: the hand-off that gave it to them, until the next hand-off, the end of handling, or now
     * ({@code stillHeld}). {@code waiting} is the part of it spent waiting for the citizen's supplement: the clock
     * stood still, so it does not make the holder late. Late when the end, less that wait, is after the step's due.
     */
    public record Line(DossierHandOff handOff, Instant heldUntil, boolean stillHeld, Duration waiting) {

        public Duration heldFor() {
            return Duration.between(handOff.getHandedAt(), heldUntil);
        }

        public boolean late() {
            return heldUntil.minus(waiting).isAfter(handOff.getStepDueAt());
        }

        public StepKind step() {
            return handOff.getStep();
        }
    }

    public List<Line> of(Dossier dossier) {
        return of(dossier, time.now());
    }

    /** The slip as it stands at a given moment (the watch's minute), a line still held being held until then. */
    public List<Line> of(Dossier dossier, Instant now) {
        List<DossierHandOff> slip = handOffs.findByDossierIdOrderBySequenceNo(dossier.getId());
        List<SupplementRequest> requests = supplements.findByDossierIdOrderByRequestNo(dossier.getId());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < slip.size(); i++) {
            DossierHandOff handOff = slip.get(i);
            Optional<Instant> ended = i < slip.size() - 1 ? Optional.of(slip.get(i + 1).getHandedAt())
                    : end(dossier, handOff);
            Instant until = ended.orElse(now);
            lines.add(new Line(handOff, until, ended.isEmpty(), waiting(requests, handOff.getHandedAt(), until, now)));
        }
        return lines;
    }

    /**
     * When the last holder's turn ended: at the result when they recorded it (the citizen collects at their own pace);
     * a result handed on afterwards (to the counter that returns it) is held until it is returned.
     */
    private static Optional<Instant> end(Dossier dossier, DossierHandOff last) {
        return dossier.getProcessedAt().filter(processed -> !processed.isBefore(last.getHandedAt()))
                .or(dossier::getReturnedAt);
    }

    /** How much of [from, until] the citizen was being waited for (a request asked and not yet, or since, supplied). */
    private static Duration waiting(List<SupplementRequest> requests, Instant from, Instant until, Instant now) {
        Duration total = Duration.ZERO;
        for (SupplementRequest request : requests) {
            Instant start = request.getAskedAt().isAfter(from) ? request.getAskedAt() : from;
            Instant supplied = request.getSuppliedAt().orElse(now);
            Instant end = supplied.isBefore(until) ? supplied : until;
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }
}
