package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Service;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.LegalTime;
import vn.motcua.center.CenterTime;

/** A dossier's legal due date: its procedure's legal time counted on the center's working calendar from reception. */
@Service
public class DueDates {

    private final WorkingCalendar calendar;

    DueDates(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** When a dossier of a procedure with this legal time, received at that moment, is due. */
    public Instant dueAt(LegalTime time, Instant receivedAt) {
        ZonedDateTime received = receivedAt.atZone(CenterTime.ZONE);
        LocalDate receptionDay = received.toLocalDate();
        LocalDate day = receptionDay;
        return switch (time.unit()) {
            case SAME_DAY -> calendar.closingTime(receptionDay).orElseGet(
                    () -> calendar.closingTime(calendar.nextWorkingDay(receptionDay)).orElseThrow());
            case WORKING_DAYS -> {
                for (int i = 0; i < time.amount(); i++) {
                    day = calendar.nextWorkingDay(day);
                }
                yield day.atTime(received.toLocalTime()).atZone(CenterTime.ZONE).toInstant();
            }
            case WORKING_HOURS -> receivedAt.plusSeconds(3600L * time.amount());
        };
    }
}
