package vn.motcua.report;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.i18n.Refusal;
import vn.motcua.report.PublishedRankings.ConfirmedViolations;

/**
 * The rankings made public (the page /cong-khai, the wall TV and the public API): finished months only, since a running
 * month's order changes by the hour and would publish a guess. Only entries of the violation register are published:
 * each was confirmed by a ruling (an accepted explanation, a head's ruling, a leader's decision) or recorded by a head
 * or manager; the automatic flags (warnings, lateness not yet explained) live elsewhere and are never read here. A
 * finished month changes little, so its figures are kept for a few minutes: a hall TV never queries per frame.
 */
@Service
@Transactional(readOnly = true)
public class PublicRankings {

    /** How long a month's published figures are kept before they are read again. */
    static final Duration KEPT = Duration.ofMinutes(5);
    /** "Who did well": officers ranked in the first places by satisfaction, at the seed's target or above. */
    static final int DID_WELL_PLACES = 3;
    static final double DID_WELL_FROM = SatisfactionTally.MINIMUM_TARGET;

    private static final String VIOLATIONS = """
            select v.officer_id, o.full_name, u.name, v.kind, count(*) from violation v
            join officer o on o.id = v.officer_id left join unit u on u.id = v.unit_id
            where v.center_id = :center and v.occurred_at >= :from and v.occurred_at < :to
            group by v.officer_id, o.full_name, u.name, v.kind""";

    private record Kept(long readAt, PublishedRankings rankings) {
    }

    private final Rankings rankings;
    private final JdbcClient jdbc;
    private final Centers centers;
    private final CenterTime time;
    private final Map<YearMonth, Kept> kept = new ConcurrentHashMap<>();

    PublicRankings(Rankings rankings, JdbcClient jdbc, Centers centers, CenterTime time) {
        this.rankings = rankings;
        this.jdbc = jdbc;
        this.centers = centers;
        this.time = time;
    }

    /** The last month that has ended, by the center's calendar. */
    public YearMonth lastFinished() {
        return YearMonth.from(time.today()).minusMonths(1);
    }

    /** The published rankings of a finished month; the running month or a later one is refused. */
    public PublishedRankings month(YearMonth month) {
        if (month.isAfter(lastFinished())) {
            throw new Refusal("problem.rankings.unfinished", "Only a finished month is published, not " + month,
                    month.getMonthValue(), String.valueOf(month.getYear()));
        }
        long now = System.nanoTime();
        Kept hit = kept.get(month);
        if (hit != null && now - hit.readAt() < KEPT.toNanos()) {
            return hit.rankings();
        }
        PublishedRankings read = read(month);
        kept.put(month, new Kept(now, read));
        return read;
    }

    private PublishedRankings read(YearMonth month) {
        ReportPeriod period = ReportPeriod.month(month);
        RankingBoard board = rankings.of(period);
        List<Ranked> didWell = board.officers().get(RankingCriterion.SATISFACTION).stream()
                .filter(each -> each.rank().filter(rank -> rank <= DID_WELL_PLACES).isPresent())
                .filter(each -> each.value().filter(value -> value >= DID_WELL_FROM).isPresent()).toList();
        Map<Long, ConfirmedViolations> perOfficer = new LinkedHashMap<>();
        Map<String, ConfirmedViolations> perUnit = new TreeMap<>();
        jdbc.sql(VIOLATIONS).param("center", centers.profile().getId())
                .param("from", Timestamp.from(period.from())).param("to", Timestamp.from(period.to()))
                .query((row, n) -> {
                    String unit = row.getString(3) == null ? "" : row.getString(3);
                    String kind = row.getString(4);
                    long count = row.getLong(5);
                    perOfficer.merge(row.getLong(1), one(row.getString(2), unit, kind, count), PublicRankings::plus);
                    return perUnit.merge(unit, one(unit, "", kind, count), PublicRankings::plus);
                }).list();
        Comparator<ConfirmedViolations> most = Comparator.comparingLong(ConfirmedViolations::total).reversed()
                .thenComparing(ConfirmedViolations::name);
        return new PublishedRankings(month, board, didWell,
                perOfficer.values().stream().sorted(most).toList(), perUnit.values().stream().sorted(most).toList());
    }

    private static ConfirmedViolations one(String name, String unit, String kind, long count) {
        return new ConfirmedViolations(name, unit, Map.of(kind, count), count);
    }

    private static ConfirmedViolations plus(ConfirmedViolations a, ConfirmedViolations b) {
        Map<String, Long> kinds = new TreeMap<>(a.byKind());
        b.byKind().forEach((kind, count) -> kinds.merge(kind, count, Long::sum));
        return new ConfirmedViolations(a.name(), a.unitName(), kinds, a.total() + b.total());
    }
}
