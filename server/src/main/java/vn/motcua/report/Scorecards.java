package vn.motcua.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.queue.Handling;
import vn.motcua.queue.Handlings;
import vn.motcua.rating.RatingLevel;
import vn.motcua.i18n.Refusal;

/**
 * An officer's scorecard for a day or a month (seed 000, 003: monthly evaluation of every officer from their
 * handling results and ratings). What each officer did is read from the tickets' histories, so a ticket handled
 * by two officers (a transfer) counts for both, each for their own part.
 */
@Service
@Transactional(readOnly = true)
public class Scorecards {

    private final Officers officers;
    private final ReportQueries queries;
    private final Handlings handlings;
    private final WaitClock waitClock;
    private final CenterTime time;

    Scorecards(Officers officers, ReportQueries queries, Handlings handlings, WaitClock waitClock, CenterTime time) {
        this.officers = officers;
        this.queries = queries;
        this.handlings = handlings;
        this.waitClock = waitClock;
        this.time = time;
    }

    /**
     * What an officer did in a period, or on one of its days.
     *
     * @param ticketsServed tickets the officer served (finished, or served and then transferred): {@link
     *     Handling#served()}, as the console and the board count them
     * @param averageWait average wait of the visitors the officer called, from entering the queue to the call; null
     *     if none
     * @param averageServiceTime average time with a visitor served (from the start of service, or the call, to the
     *     finish or the transfer; holds left out); null if none
     * @param noShows visitors the officer called who did not come
     * @param transfers tickets the officer transferred to another service or counter
     * @param ratings ratings by level, every level in the scale's order
     */
    public record Figures(long ticketsServed, Duration averageWait, Duration averageServiceTime, long noShows,
            long transfers, Map<RatingLevel, Long> ratings, SatisfactionTally satisfaction) {
    }

    /** One day of a period on which the officer called, served or was rated. */
    public record Day(LocalDate day, Figures figures) {
    }

    /** An officer's scorecard: the period's figures, and each day's when the period is a month. */
    public record Scorecard(Officer officer, ReportPeriod period, Figures total, List<Day> days) {
    }

    /** The officers to choose from, by name. */
    public List<Officer> officers() {
        return officers.all();
    }

    public Scorecard of(String officerCode, ReportPeriod period) {
        Officer officer = queries.officerByCode(officerCode.strip())
                .orElseThrow(() -> new Refusal("problem.officer.unknown", "Unknown officer: " + officerCode));
        Instant from = period.from();
        Instant to = period.to();

        Tally total = new Tally();
        Map<LocalDate, Tally> perDay = new TreeMap<>();
        for (Handling handling : handlings.ofOfficer(officer.getId(), from, to, waitClock::waitStart)) {
            total.add(handling);
            perDay.computeIfAbsent(time.dayOf(handling.start()), day -> new Tally()).add(handling);
        }
        for (Object[] row : queries.ratingsOfOfficer(officer.getId(), from, to)) {
            RatingLevel level = (RatingLevel) row[1];
            total.rated(level);
            perDay.computeIfAbsent(time.dayOf((Instant) row[0]), day -> new Tally()).rated(level);
        }
        List<Day> days = period.wholeMonth()
                ? perDay.entrySet().stream().map(day -> new Day(day.getKey(), day.getValue().figures())).toList()
                : List.of();
        return new Scorecard(officer, period, total.figures(), days);
    }

    /** Figures being added up. */
    private static final class Tally {

        private final Set<Long> servedTickets = new HashSet<>();
        private long waits;
        private Duration waited = Duration.ZERO;
        private long services;
        private Duration serving = Duration.ZERO;
        private long noShows;
        private long transfers;
        private final Map<RatingLevel, Long> ratings = new EnumMap<>(RatingLevel.class);
        private SatisfactionTally satisfaction = SatisfactionTally.NONE;

        Tally() {
            Arrays.stream(RatingLevel.values()).forEach(level -> ratings.put(level, 0L));
        }

        void add(Handling handling) {
            if (handling.waitedSince() != null) {
                waits++;
                waited = waited.plus(Duration.between(handling.waitedSince(), handling.start()));
            }
            if (handling.served()) {
                servedTickets.add(handling.ticketId());
                services++;
                serving = serving.plus(handling.serviceTime());
            }
            if (handling.ending() == Handling.Ending.NO_SHOW) {
                noShows++;
            }
            if (handling.ending() == Handling.Ending.TRANSFERRED) {
                transfers++;
            }
        }

        void rated(RatingLevel level) {
            ratings.merge(level, 1L, Long::sum);
            satisfaction = satisfaction.plus(new SatisfactionTally(1, level.isSatisfied() ? 1 : 0));
        }

        Figures figures() {
            return new Figures(servedTickets.size(), average(waited, waits), average(serving, services), noShows,
                    transfers, Collections.unmodifiableMap(new EnumMap<>(ratings)), satisfaction);
        }

        private static Duration average(Duration total, long count) {
            return count == 0 ? null : total.dividedBy(count);
        }
    }
}
