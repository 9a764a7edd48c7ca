package vn.motcua.report;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.ReportSettings;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.RankingOrder.Candidate;

/**
 * Ranks units and officers for a month or a quarter (seed 003) by the satisfied share of their ratings, by their
 * on-time rate and by their 766 score, the last two exactly as {@link Index766Figures} counts them (an officer's are
 * the dossiers they received). A unit's ratings are those of its officers. Rules of the order: {@link RankingOrder};
 * what is published and why: docs/rankings.md.
 */
@Service
@Transactional(readOnly = true)
public class Rankings {

    /** The fewest ratings (satisfaction) or dossiers handled (on time, 766 score) to be ranked. */
    public static final long MINIMUM = 5;

    // Ratings carry no center: one database serves one center, as the queue's own reports assume.
    private static final String RATINGS = """
            select officer_id, level, count(*) from rating where rated_at >= :from and rated_at < :to
            group by officer_id, level""";

    private final JdbcClient jdbc;
    private final Officers officers;
    private final Index766Figures index766;
    private final ReportSettings settings;

    Rankings(JdbcClient jdbc, Officers officers, Index766Figures index766, ReportSettings settings) {
        this.jdbc = jdbc;
        this.officers = officers;
        this.index766 = index766;
        this.settings = settings;
    }

    /** The rankings of {@code period}, with movement since the period before it. */
    public RankingBoard of(ReportPeriod period) {
        ReportPeriod previous = period.previous();
        Figures now = figures(period);
        Figures before = figures(previous);
        Map<RankingCriterion, List<Ranked>> units = new EnumMap<>(RankingCriterion.class);
        Map<RankingCriterion, List<Ranked>> people = new EnumMap<>(RankingCriterion.class);
        for (RankingCriterion criterion : RankingCriterion.values()) {
            units.put(criterion, RankingOrder.moved(RankingOrder.rank(now.units.get(criterion), MINIMUM),
                    RankingOrder.rank(before.units.get(criterion), MINIMUM)));
            people.put(criterion, RankingOrder.moved(RankingOrder.rank(now.officers.get(criterion), MINIMUM),
                    RankingOrder.rank(before.officers.get(criterion), MINIMUM)));
        }
        return new RankingBoard(period, previous, units, people);
    }

    /** The candidates of one period per criterion. */
    private record Figures(Map<RankingCriterion, List<Candidate>> units,
            Map<RankingCriterion, List<Candidate>> officers) {
    }

    private Figures figures(ReportPeriod period) {
        List<Officer> everyone = officers.all();
        Map<Long, SatisfactionTally> perOfficer = ratings(period);
        Map<Long, SatisfactionTally> perUnit = new HashMap<>();
        for (Officer officer : everyone) {
            if (officer.getUnit() != null && perOfficer.containsKey(officer.getId())) {
                perUnit.merge(officer.getUnit().getId(), perOfficer.get(officer.getId()), SatisfactionTally::plus);
            }
        }
        Map<RankingCriterion, List<Candidate>> units = lists();
        Map<Long, Index766> unitIndex = byGroup(index766.units(period));
        for (Unit unit : officers.units()) {
            add(units, unit.getId(), unit.getName(), "", perUnit.get(unit.getId()), unitIndex.get(unit.getId()));
        }
        Map<RankingCriterion, List<Candidate>> people = lists();
        Map<Long, Index766> officerIndex = byGroup(index766.officers(period));
        for (Officer officer : everyone) {
            add(people, officer.getId(), officer.getFullName(),
                    officer.getUnit() == null ? "" : officer.getUnit().getName(), perOfficer.get(officer.getId()),
                    officerIndex.get(officer.getId()));
        }
        return new Figures(units, people);
    }

    private static void add(Map<RankingCriterion, List<Candidate>> lists, long id, String name, String unitName,
            SatisfactionTally tally, Index766 index) {
        SatisfactionTally ratings = tally == null ? SatisfactionTally.NONE : tally;
        lists.get(RankingCriterion.SATISFACTION).add(new Candidate(id, name, unitName, ratings.total(),
                ratings.total() == 0 ? Optional.empty() : Optional.of(100.0 * ratings.satisfied() / ratings.total())));
        long handled = index == null ? 0 : index.counts().handled();
        lists.get(RankingCriterion.ON_TIME).add(new Candidate(id, name, unitName, handled,
                index == null ? Optional.empty() : index.indicator(Index766.Code.ON_TIME).percent()));
        lists.get(RankingCriterion.SCORE766).add(new Candidate(id, name, unitName, handled,
                index == null ? Optional.empty() : index.score()));
    }

    private Map<Long, SatisfactionTally> ratings(ReportPeriod period) {
        Set<RatingLevel> satisfied = OfficerMonths.satisfiedLevels(settings.neutralSatisfied());
        Map<Long, SatisfactionTally> tallies = new HashMap<>();
        jdbc.sql(RATINGS).param("from", Timestamp.from(period.from())).param("to", Timestamp.from(period.to()))
                .query((row, n) -> {
                    long count = row.getLong(3);
                    boolean happy = satisfied.contains(RatingLevel.valueOf(row.getString(2)));
                    return tallies.merge(row.getLong(1), new SatisfactionTally(count, happy ? count : 0),
                            SatisfactionTally::plus);
                }).list();
        return tallies;
    }

    private static Map<Long, Index766> byGroup(List<Index766> rows) {
        Map<Long, Index766> byGroup = new HashMap<>();
        rows.forEach(row -> row.groupId().ifPresent(id -> byGroup.put(id, row)));
        return byGroup;
    }

    private static Map<RankingCriterion, List<Candidate>> lists() {
        Map<RankingCriterion, List<Candidate>> lists = new EnumMap<>(RankingCriterion.class);
        for (RankingCriterion criterion : RankingCriterion.values()) {
            lists.put(criterion, new ArrayList<>());
        }
        return lists;
    }
}
