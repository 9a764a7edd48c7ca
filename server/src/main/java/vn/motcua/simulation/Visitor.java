package vn.motcua.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.RatingReason;

/**
 * One visitor of the simulated day, decided in advance from the seed: when they take a ticket and for what, whether
 * they are away when called, whether the officer sends them on to another service, how long their service takes, how
 * they rate it (null: they do not rate) and why, and the dossier they file (null: none).
 */
record Visitor(int id, Instant arrivesAt, String serviceCode, PriorityCategory priority, boolean absent,
        String transferTo, Duration service, RatingLevel rating, Set<RatingReason> reasons, DossierPlan dossier) {

    /** What becomes of the dossier filed at the counter, drawn in advance like the rest. */
    enum DossierFate {
        /** Same-day procedures: the result is recorded before the visitor leaves. */
        DONE_ON_THE_SPOT,
        /** Handed to the unit in charge for appraisal. */
        HANDED_OFF,
        /** A paper is missing: the citizen is asked for a supplement. */
        SUPPLEMENT,
        /** Left with the receiving officer: its step's time runs out, and a same-day one goes late at closing. */
        LEFT_AT_COUNTER
    }

    /** The dossier a served visitor files: which procedure of their service (an index into its list) and its fate. */
    record DossierPlan(int procedureIndex, DossierFate fate) {
    }
}
