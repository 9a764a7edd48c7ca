package vn.motcua.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.center.DayRange;

/**
 * The satisfaction page of the managers' board: today's ratings for the center, per unit and per officer against
 * the 90% and 98% targets, and each rating that was not satisfied, with who served and the visitor's reasons.
 */
@Service
@Transactional(readOnly = true)
public class SatisfactionFigures {

    private final ReportQueries queries;
    private final Officers officers;
    private final JdbcClient jdbc;
    private final CenterTime time;

    SatisfactionFigures(ReportQueries queries, Officers officers, JdbcClient jdbc, CenterTime time) {
        this.queries = queries;
        this.officers = officers;
        this.jdbc = jdbc;
        this.time = time;
    }

    /** An officer's ratings today. */
    public record OfficerSatisfaction(String code, String fullName, String unitName, SatisfactionTally tally) {
    }

    /** A unit's ratings today: its head answers for them. */
    public record UnitSatisfaction(String code, String name, SatisfactionTally tally) {
    }

    /** A rating that was not satisfied, with the reasons the visitor gave (codes of rating_reason). */
    public record LowRating(Instant at, String ticketNumber, String officerName, int counterNumber, RatingLevel level,
            List<String> reasons) {
    }

    /**
     * Today's ratings: by level (every level, in the scale's order), for the center, per unit and per officer (best
     * share first, then most ratings), and the low ratings, the latest first.
     */
    public record SatisfactionToday(Map<RatingLevel, Long> byLevel, SatisfactionTally center,
            List<UnitSatisfaction> units, List<OfficerSatisfaction> officers, List<LowRating> lowRatings) {
    }

    public SatisfactionToday today() {
        LocalDate today = time.today();
        DayRange day = DayRange.of(today);
        Instant from = day.start();
        Instant to = day.end();

        Map<RatingLevel, Long> byLevel = new EnumMap<>(RatingLevel.class);
        Arrays.stream(RatingLevel.values()).forEach(level -> byLevel.put(level, 0L));
        Map<Long, SatisfactionTally> perOfficer = new HashMap<>();
        for (Object[] row : queries.ratingsPerOfficer(from, to)) {
            RatingLevel level = (RatingLevel) row[1];
            long count = (Long) row[2];
            byLevel.merge(level, count, Long::sum);
            perOfficer.merge((Long) row[0], new SatisfactionTally(count, level.isSatisfied() ? count : 0),
                    SatisfactionTally::plus);
        }
        SatisfactionTally center = perOfficer.values().stream().reduce(SatisfactionTally.NONE, SatisfactionTally::plus);

        List<OfficerSatisfaction> officerLines = new ArrayList<>();
        Map<Long, Unit> units = new LinkedHashMap<>();
        Map<Long, SatisfactionTally> perUnit = new HashMap<>();
        for (Officer officer : officers.all(perOfficer.keySet())) {
            SatisfactionTally tally = perOfficer.get(officer.getId());
            Unit unit = officer.getUnit();
            officerLines.add(new OfficerSatisfaction(officer.getCode(), officer.getFullName(), unit.getName(), tally));
            units.put(unit.getId(), unit);
            perUnit.merge(unit.getId(), tally, SatisfactionTally::plus);
        }
        officerLines.sort(Comparator.comparing((OfficerSatisfaction line) -> line.tally(), BEST_FIRST)
                .thenComparing(OfficerSatisfaction::fullName));
        List<UnitSatisfaction> unitLines = new ArrayList<>(units.values().stream()
                .map(unit -> new UnitSatisfaction(unit.getCode(), unit.getName(), perUnit.get(unit.getId())))
                .toList());
        unitLines.sort(Comparator.comparing((UnitSatisfaction line) -> line.tally(), BEST_FIRST)
                .thenComparing(UnitSatisfaction::name));

        return new SatisfactionToday(byLevel, center, unitLines, officerLines, lowRatings(from, to));
    }

    /** Ranking order: the higher satisfied share first, then the one with more ratings behind it. */
    private static final Comparator<SatisfactionTally> BEST_FIRST = Comparator
            .comparing((SatisfactionTally tally) -> (double) tally.satisfied() / tally.total()).reversed()
            .thenComparing(Comparator.comparingLong(SatisfactionTally::total).reversed());

    private List<LowRating> lowRatings(Instant from, Instant to) {
        List<RatingLevel> notSatisfied = Arrays.stream(RatingLevel.values()).filter(level -> !level.isSatisfied())
                .toList();
        List<Rating> low = queries.ratingsAt(from, to, notSatisfied);
        Map<Long, List<String>> reasons = reasonsOf(low.stream().map(Rating::getId).toList());
        return low.stream()
                .map(rating -> new LowRating(rating.getRatedAt(), rating.getTicket().getNumber(),
                        rating.getOfficer().getFullName(), rating.getCounter().getNumber(), rating.getLevel(),
                        reasons.getOrDefault(rating.getId(), List.of())))
                .toList();
    }

    private Map<Long, List<String>> reasonsOf(List<Long> ratingIds) {
        Map<Long, List<String>> reasons = new HashMap<>();
        if (ratingIds.isEmpty()) {
            return reasons;
        }
        jdbc.sql("select rating_id, reason from rating_reason where rating_id in (:ids) order by rating_id, reason")
                .param("ids", ratingIds)
                .query((row, n) -> Map.entry(row.getLong(1), row.getString(2)))
                .list()
                .forEach(entry -> reasons.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
        return reasons;
    }
}
