package vn.motcua.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.motcua.center.CenterTime;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.RatingReason;
import vn.motcua.simulation.Visitor.DossierFate;
import vn.motcua.simulation.Visitor.DossierPlan;

/**
 * The visitors of one simulated day at the demo center, drawn from a seed: the same seed and day give the same
 * visitors. The shares follow the heavy-year generator of the benchmarks (most tickets in the morning, peaking about
 * an hour and a half after opening; a few priority visitors; about one in sixteen absent when called).
 */
final class DayPlan {

    /** The demo center's services, how often each is asked for, and how long one visit takes on average (minutes). */
    private static final List<Demand> DEMAND = List.of(
            new Demand("HT-KS", 20, 8, "TP-CT"),
            new Demand("TP-CT", 28, 3, "HT-KS"),
            new Demand("DD-GCN", 12, 14, "XD-GP"),
            new Demand("XD-GP", 6, 12, "DD-GCN"),
            new Demand("KD-HKD", 7, 10, "XD-GP"),
            new Demand("LD-TCXH", 10, 10, "HT-KS"),
            new Demand("CA-CT", 17, 7, "HT-KS"));
    static final int PRIORITY_PERCENT = 8;
    static final int ABSENT_PERCENT = 6;
    static final int TRANSFER_PERCENT = 4;
    static final int RATING_PERCENT = 75;
    static final int DOSSIER_PERCENT = 45;
    private static final PriorityCategory[] PRIORITIES = {PriorityCategory.ELDERLY, PriorityCategory.DISABILITY,
            PriorityCategory.PREGNANT, PriorityCategory.WAR_INVALID};
    /** Ratings: mostly satisfied, as the demo's rankings show; cumulative percentages, best first. */
    private static final Map<RatingLevel, Integer> RATING_UP_TO = Map.of(RatingLevel.VERY_SATISFIED, 55,
            RatingLevel.SATISFIED, 85, RatingLevel.NEUTRAL, 93, RatingLevel.UNSATISFIED, 98,
            RatingLevel.VERY_UNSATISFIED, 100);

    private record Demand(String serviceCode, int weight, int minutes, String transferTo) {
    }

    private DayPlan() {
    }

    /**
     * The visitors of {@code day}, arriving from a few minutes before opening until half an hour before closing, in
     * order of arrival; about {@code visitors} of them.
     */
    static List<Visitor> draw(long seed, LocalDate day, LocalTime opens, LocalTime closes, int visitors) {
        Random random = new Random(seed * 1_000_003L + day.toEpochDay());
        Instant opening = day.atTime(opens).atZone(CenterTime.ZONE).toInstant();
        long lastSecond = Math.max(600, Duration.between(opens, closes).toSeconds() - 1800);
        long afternoon = Math.min(lastSecond - 1, Math.max(0, Duration.between(opens, LocalTime.of(13, 30))
                .toSeconds()));
        List<Visitor> drawn = new ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            long second = arrivalSecond(random, afternoon, lastSecond);
            Demand demand = pick(random);
            drawn.add(visitor(random, i + 1, opening.plusSeconds(second), demand));
        }
        drawn.sort(Comparator.comparing(Visitor::arrivesAt).thenComparing(Visitor::id));
        return drawn;
    }

    /** Seconds after opening (a few minutes early for the first ones): the heavy year's morning peak. */
    private static long arrivalSecond(Random random, long afternoon, long last) {
        if (random.nextDouble() < 0.62) {
            long morning = (long) ((random.nextDouble() + random.nextDouble()) * 0.5 * 4 * 3600 * 0.9)
                    + random.nextInt(1200) - 300;
            return Math.min(morning, last);
        }
        return afternoon + (long) (random.nextDouble() * (last - afternoon));
    }

    private static Demand pick(Random random) {
        int total = DEMAND.stream().mapToInt(Demand::weight).sum();
        int r = random.nextInt(total);
        for (Demand demand : DEMAND) {
            r -= demand.weight();
            if (r < 0) {
                return demand;
            }
        }
        return DEMAND.getLast();
    }

    private static Visitor visitor(Random random, int id, Instant arrives, Demand demand) {
        PriorityCategory priority = random.nextInt(100) < PRIORITY_PERCENT
                ? PRIORITIES[random.nextInt(PRIORITIES.length)] : PriorityCategory.NONE;
        boolean absent = random.nextInt(100) < ABSENT_PERCENT;
        String transferTo = !absent && random.nextInt(100) < TRANSFER_PERCENT ? demand.transferTo() : null;
        // Between half and one and a half times the service's mean, at least a minute.
        long seconds = Math.max(60, (long) (demand.minutes() * 60 * (0.5 + random.nextDouble())));
        RatingLevel rating = random.nextInt(100) < RATING_PERCENT ? level(random.nextInt(100)) : null;
        Set<RatingReason> reasons = rating == null || !rating.asksForReasons() ? Set.of() : reasons(random);
        DossierPlan dossier = random.nextInt(100) < DOSSIER_PERCENT
                ? new DossierPlan(random.nextInt(100), fate(random.nextInt(100))) : null;
        return new Visitor(id, arrives, demand.serviceCode(), priority, absent, transferTo, Duration.ofSeconds(seconds),
                rating, reasons, dossier);
    }

    private static RatingLevel level(int roll) {
        for (RatingLevel level : RatingLevel.values()) {
            if (roll < RATING_UP_TO.get(level)) {
                return level;
            }
        }
        return RatingLevel.VERY_SATISFIED;
    }

    private static Set<RatingReason> reasons(Random random) {
        RatingReason[] all = RatingReason.values();
        Set<RatingReason> reasons = EnumSet.of(all[random.nextInt(all.length)]);
        if (random.nextBoolean()) {
            reasons.add(all[random.nextInt(all.length)]);
        }
        return reasons;
    }

    private static DossierFate fate(int roll) {
        if (roll < 45) {
            return DossierFate.DONE_ON_THE_SPOT;
        }
        if (roll < 80) {
            return DossierFate.HANDED_OFF;
        }
        return roll < 90 ? DossierFate.SUPPLEMENT : DossierFate.LEFT_AT_COUNTER;
    }
}
