package vn.motcua.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.DossierWatch;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officer;
import vn.motcua.queue.CarryOver;
import vn.motcua.queue.IssueTicket.IssuedTicket;
import vn.motcua.queue.PriorityCategory;

/**
 * Plays one day of the demo center through the same services as its real users: visitors take tickets at the kiosk
 * (a morning peak, some with priority), the demo's officers open their counters and serve (absences, transfers, a
 * change of officer after lunch), visitors rate at the pad, dossiers are filed and handled; at closing the end of
 * the day's rule carries over what is left and the dossier watch finds what went late. The same seed and day play
 * the same day on the same database.
 */
@Service
public class SimulatedDay {

    private static final Logger log = LoggerFactory.getLogger(SimulatedDay.class);
    /** The demo center's counters and the officer who opens each in the morning (as the demo's data seats them). */
    static final Map<Integer, String> MORNING_SEATS = Map.of(1, "CB01", 2, "CB07", 3, "CB02", 4, "CB04", 5, "CB05",
            6, "CB06");
    /** After lunch Tuấn (CB03) takes counter 3 over from Đức, so a change of officer is on the record. */
    static final int RELIEVED_COUNTER = 3;
    static final String RELIEF = "CB03";
    static final LocalTime RELIEF_AT = LocalTime.of(13, 30);
    /** Officers stop calling this long before closing; the visitors still waiting are carried over. */
    static final int LAST_CALL_MINUTES = 10;
    /** Visitors due this long before the day starts playing still come (a slow start); earlier ones do not. */
    static final Duration LATE_START_GRACE = Duration.ofMinutes(45);

    private final HallServices hall;
    private final WorkingCalendar calendar;
    private final CarryOver carryOver;
    private final DossierWatch dossierWatch;

    SimulatedDay(HallServices hall, WorkingCalendar calendar, CarryOver carryOver, DossierWatch dossierWatch) {
        this.hall = hall;
        this.calendar = calendar;
        this.carryOver = carryOver;
        this.dossierWatch = dossierWatch;
    }

    /**
     * Plays {@code day} with about {@code visitors} visitors drawn from {@code seed}, moving through it at the given
     * pace. A shortened day stops at {@code until}: nobody comes or is called after it, and the clock moves on to closing
     * time. At closing the end of the day's rule ends what is left. Refused on a day the calendar keeps closed.
     */
    public DayFigures play(LocalDate day, long seed, int visitors, LocalTime until, Pace pace) {
        WorkingHours hours = calendar.hours(day).orElseThrow(() -> new Refusal("problem.simulation.closed-day",
                "The working calendar keeps " + day + " closed: no day to simulate"));
        LocalTime closes = until.isBefore(hours.closes()) ? until : hours.closes();
        Instant closing = day.atTime(closes).atZone(CenterTime.ZONE).toInstant();
        DayInPlay play = new DayInPlay(hall, seed, closing.minusSeconds(LAST_CALL_MINUTES * 60L));
        // Drawn for the whole day, so a shortened day plays the same morning as the full one.
        List<Visitor> drawn = DayPlan.draw(seed, day, hours.opens(), hours.closes(), visitors);
        // Started late in the day (a demo after lunch), the morning's visitors are not all let in at once.
        Instant lateFrom = hall.time().now().minus(LATE_START_GRACE);
        for (Visitor visitor : drawn) {
            if (!visitor.arrivesAt().isBefore(lateFrom)) {
                play.agenda.at(visitor.arrivesAt(), () -> takeTicket(play, visitor));
            }
        }
        Instant opening = hours.opensOn(day);
        MORNING_SEATS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(seat -> officer(seat.getValue())
                .ifPresent(officer -> {
                    OfficerAtCounter desk = new OfficerAtCounter(play, seat.getKey(), officer);
                    desk.sitDownAt(opening.minusSeconds(play.seconds(0, 300)));
                    if (seat.getKey() == RELIEVED_COUNTER && RELIEF_AT.isBefore(closes)) {
                        officer(RELIEF).ifPresent(relief -> desk.relievedBy(relief, day.atTime(RELIEF_AT)
                                .atZone(CenterTime.ZONE).toInstant()));
                    }
                }));
        log.info("Simulated day {} (seed {}): {} visitors from {} to {}", day, seed, drawn.size(), hours.opens(),
                closes);
        while (!play.agenda.isEmpty() && play.agenda.next().isBefore(closing)) {
            if (!play.agenda.runNext(pace)) {
                log.info("Simulated day {} stopped: {}", day, play.tally.figures().line());
                return play.tally.figures();
            }
        }
        Instant dayEnd = hours.closesOn(day);
        if (pace.reach(dayEnd)) {
            play.tally.carriedOver = carryOver.run(dayEnd).size();
            dossierWatch.run(dayEnd);
        }
        DayFigures figures = play.tally.figures();
        log.info("Simulated day {} ended: {}", day, figures.line());
        return figures;
    }

    private void takeTicket(DayInPlay play, Visitor visitor) {
        try {
            IssuedTicket issued = hall.issue().issue(visitor.serviceCode(), visitor.priority());
            play.holds(issued.ticket().getId(), visitor);
            play.tally.issued++;
            play.tally.priority += visitor.priority() == PriorityCategory.NONE ? 0 : 1;
        } catch (RuntimeException refused) {
            play.tally.refused++;
            log.info("Simulated day: no ticket for visitor {} ({})", visitor.id(), refused.getMessage());
        }
    }

    private Optional<Officer> officer(String code) {
        return hall.officers().all().stream().filter(officer -> officer.getCode().equals(code)).findFirst();
    }
}
