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

/**
 * The control slip (Mẫu 06) read from the hand-offs: each holder in turn, from when until when, for how long, and
 * whether they passed it on (or finished) by their step's due time.
 */
@Service
public class ControlSlip {

    private final DossierHandOffRepository handOffs;
    private final CenterTime time;

    ControlSlip(DossierHandOffRepository handOffs, CenterTime time) {
        this.handOffs = handOffs;
        this.time = time;
    }

    /**
     * One holder's turn: the hand-off that gave it to them, until the next hand-off, the end of handling, or now
     * ({@code stillHeld}); late when that end is after the step's due time.
     */
    public record Line(DossierHandOff handOff, Instant heldUntil, boolean stillHeld) {

        public Duration heldFor() {
            return Duration.between(handOff.getHandedAt(), heldUntil);
        }

        public boolean late() {
            return heldUntil.isAfter(handOff.getStepDueAt());
        }

        public StepKind step() {
            return handOff.getStep();
        }
    }

    public List<Line> of(Dossier dossier) {
        List<DossierHandOff> slip = handOffs.findByDossierIdOrderBySequenceNo(dossier.getId());
        Optional<Instant> ended = dossier.getProcessedAt().or(dossier::getReturnedAt);
        Instant now = time.now();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < slip.size(); i++) {
            boolean last = i == slip.size() - 1;
            Instant until = last ? ended.orElse(now) : slip.get(i + 1).getHandedAt();
            lines.add(new Line(slip.get(i), until, last && ended.isEmpty()));
        }
        return lines;
    }
}
