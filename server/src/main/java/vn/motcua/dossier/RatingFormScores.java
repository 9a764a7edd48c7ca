package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.internal.DossierVisitRepository;

/**
 * Scores the province's rating form from the record where the record can tell, so the citizen is asked only what
 * only they know. Each score is 0, 1 or 2; null means the record cannot tell and the citizen did not answer.
 *
 * <table>
 * <caption>How each criterion is scored</caption>
 * <tr><th>criterion</th><th>2</th><th>1</th><th>0</th><th>null</th></tr>
 * <tr><td>1 total time</td><td>finished (processed, else returned, else now) by the due date</td>
 *     <td>late by at most one working day (by the same clock time on the next working day)</td><td>later</td>
 *     <td>never</td></tr>
 * <tr><td colspan="5">the due date already moved by the time the citizen took to supplement, so that time is not
 *     counted</td></tr>
 * <tr><td>2 each unit's time</td><td>every control slip line on time</td><td>one line late</td><td>more</td>
 *     <td>no control slip (a dossier received elsewhere)</td></tr>
 * <tr><td>3 number of contacts</td><td>at most 2 visits linked (to submit and to collect)</td><td>3</td>
 *     <td>more</td><td>never</td></tr>
 * <tr><td>4 agencies involved</td><td>1 or 2 units on the control slip</td><td>3</td><td>more</td>
 *     <td>no control slip</td></tr>
 * <tr><td>5 one-stop handling</td><td>received at a counter here (in person, or a submission visit linked) and
 *     returned at one</td><td>–</td><td>–</td><td>received online, by post or elsewhere</td></tr>
 * <tr><td>6 publicity, 7 attitude, 8 complaint handling</td><td colspan="3">the citizen's answer</td>
 *     <td>not answered</td></tr>
 * <tr><td>9 online service</td><td>received online</td><td>–</td><td>–</td><td>otherwise</td></tr>
 * </table>
 */
@Component
class RatingFormScores {

    private final ControlSlip controlSlip;
    private final DossierVisitRepository visits;
    private final WorkingCalendar calendar;
    private final CenterTime time;

    RatingFormScores(ControlSlip controlSlip, DossierVisitRepository visits, WorkingCalendar calendar,
            CenterTime time) {
        this.controlSlip = controlSlip;
        this.visits = visits;
        this.calendar = calendar;
        this.time = time;
    }

    /** Criteria 1 to 9 of the dossier, with the citizen's own scores (by criterion number) put in their places. */
    List<Integer> of(Dossier dossier, Map<Integer, Integer> citizens) {
        List<ControlSlip.Line> slip = controlSlip.of(dossier);
        List<DossierVisit> linked = visits.findByDossierIdOrderByLinkedAtAsc(dossier.getId());
        List<Integer> scores = new ArrayList<>(Arrays.asList(new Integer[ProvinceRatingForm.CRITERIA]));
        scores.set(0, totalTime(dossier));
        scores.set(1, slip.isEmpty() ? null : byCount(slip.stream().filter(ControlSlip.Line::late).count(), 0, 1));
        scores.set(2, byCount(linked.stream().map(DossierVisit::getTicketId).distinct().count(), 2, 3));
        scores.set(3, slip.isEmpty() ? null
                : byCount(slip.stream().map(line -> line.handOff().getToUnitId()).distinct().count(), 2, 3));
        scores.set(4, oneStop(dossier, linked) ? 2 : null);
        citizens.forEach((number, score) -> scores.set(number - 1, score));
        scores.set(8, dossier.getApplicant().getChannel().filter(Channel.ONLINE::equals).isPresent() ? 2 : null);
        return scores;
    }

    private Integer totalTime(Dossier dossier) {
        Instant finished = dossier.getProcessedAt().or(dossier::getReturnedAt).orElseGet(time::now);
        Instant due = dossier.getDueAt();
        if (!finished.isAfter(due)) {
            return 2;
        }
        ZonedDateTime dueLocal = due.atZone(CenterTime.ZONE);
        LocalDate dueDay = dueLocal.toLocalDate();
        LocalDate nextWorkingDay = calendar.findNextWorkingDay(dueDay).orElse(dueDay.plusDays(1));
        Instant oneDayLate = nextWorkingDay.atTime(dueLocal.toLocalTime()).atZone(CenterTime.ZONE).toInstant();
        return finished.isAfter(oneDayLate) ? 0 : 1;
    }

    /** 2 up to {@code best}, 1 up to {@code fair}, else 0. */
    private static int byCount(long count, int best, int fair) {
        return count <= best ? 2 : count <= fair ? 1 : 0;
    }

    private static boolean oneStop(Dossier dossier, List<DossierVisit> linked) {
        boolean receivedAtCounter = dossier.getSource() == DossierSource.LOCAL
                && dossier.getApplicant().getChannel().filter(Channel.IN_PERSON::equals).isPresent()
                || linked.stream().anyMatch(visit -> visit.getPurpose() == VisitPurpose.SUBMISSION);
        boolean returnedAtCounter = linked.stream().anyMatch(visit -> visit.getPurpose() == VisitPurpose.COLLECTION);
        return receivedAtCounter && returnedAtCounter;
    }
}
