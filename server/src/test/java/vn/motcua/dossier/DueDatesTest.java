package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.ServerTest;
import vn.motcua.audit.Actor;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.LegalTime;
import vn.motcua.catalogue.LegalTimeUnit;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.center.DossierCutoffs;

/**
 * Due dates on the demo center's real working calendar (weekdays 07:30-17:00, the 2026 holidays and make-up days as
 * announced, the 2027 Tết plan) with the default cut-offs: 15:00 for passing a dossier on, 15:00 for the leader on
 * duty signing same-day procedures.
 */
@ServerTest
class DueDatesTest {

    private static final DossierCutoffs DEFAULT_CUTOFFS = new DossierCutoffs(LocalTime.of(15, 0), LocalTime.of(15, 0));

    @Autowired
    DueDates dueDates;
    @Autowired
    CenterSettings settings;
    @Autowired
    WorkingCalendar calendar;

    @AfterEach
    void defaultCutoffs() {
        settings.changeDossierCutoffs(DEFAULT_CUTOFFS, Actor.SYSTEM);
    }

    @ParameterizedTest(name = "{0}: {1} {2} received {3} -> due {4}")
    @CsvSource(delimiter = '|', textBlock = """
        morning reception, three days counted from the next day      | WORKING_DAYS  | 3  | 2026-12-07T09:00 | 2026-12-10T17:00
        last minute before the passing-on cut-off                    | WORKING_DAYS  | 3  | 2026-12-07T14:59 | 2026-12-10T17:00
        at the cut-off: counted from the next working day            | WORKING_DAYS  | 3  | 2026-12-07T15:00 | 2026-12-11T17:00
        reception at 16:55                                           | WORKING_DAYS  | 3  | 2026-12-07T16:55 | 2026-12-11T17:00
        after hours: the next working morning                        | WORKING_DAYS  | 3  | 2026-12-07T18:30 | 2026-12-11T17:00
        over a weekend                                               | WORKING_DAYS  | 3  | 2026-12-11T10:00 | 2026-12-16T17:00
        received online on a Saturday                                | WORKING_DAYS  | 3  | 2026-12-12T09:00 | 2026-12-17T17:00
        Friday 16:55, one day                                        | WORKING_DAYS  | 1  | 2026-12-11T16:55 | 2026-12-15T17:00
        Tết Nguyên đán 2026 in the way                               | WORKING_DAYS  | 3  | 2026-02-12T10:00 | 2026-02-24T17:00
        last Friday before Tết after the cut-off                     | WORKING_DAYS  | 5  | 2026-02-13T16:00 | 2026-03-02T17:00
        received online during Tết                                   | WORKING_DAYS  | 1  | 2026-02-17T09:00 | 2026-02-24T17:00
        fifteen days across Tết                                      | WORKING_DAYS  | 15 | 2026-02-09T09:00 | 2026-03-09T17:00
        30/4 and 1/5                                                 | WORKING_DAYS  | 2  | 2026-04-29T09:00 | 2026-05-05T17:00
        Giỗ Tổ day off in lieu, then 30/4 and 1/5                    | WORKING_DAYS  | 3  | 2026-04-24T10:00 | 2026-05-04T17:00
        Quốc khánh 2/9 with the swapped Monday                       | WORKING_DAYS  | 2  | 2026-08-28T10:00 | 2026-09-04T17:00
        make-up Saturday 22/8 counts as a working day                | WORKING_DAYS  | 1  | 2026-08-21T10:00 | 2026-08-22T17:00
        received on the make-up Saturday                             | WORKING_DAYS  | 2  | 2026-08-22T10:00 | 2026-08-25T17:00
        make-up Saturday 10/1 after Tết Dương lịch                   | WORKING_DAYS  | 2  | 2026-01-08T10:00 | 2026-01-10T17:00
        Tết Dương lịch with the swapped Friday                       | WORKING_DAYS  | 1  | 2025-12-31T10:00 | 2026-01-05T17:00
        Tết Nguyên đán 2027 with days off in lieu                    | WORKING_DAYS  | 1  | 2027-02-04T10:00 | 2027-02-12T17:00
        same day, in the morning                                     | SAME_DAY      | 0  | 2026-12-07T10:00 | 2026-12-07T17:00
        same day, received after the leader on duty left             | SAME_DAY      | 0  | 2026-12-07T15:30 | 2026-12-08T17:00
        same day, after the cut-off before 30/4 and 1/5              | SAME_DAY      | 0  | 2026-04-29T16:00 | 2026-05-04T17:00
        same day, received on a Sunday                               | SAME_DAY      | 0  | 2026-12-06T10:00 | 2026-12-07T17:00
        same day, on the make-up Saturday                            | SAME_DAY      | 0  | 2026-01-10T08:00 | 2026-01-10T17:00
        working hours run into the next morning                      | WORKING_HOURS | 8  | 2026-12-07T10:00 | 2026-12-08T08:30
        working hours from 16:55                                     | WORKING_HOURS | 4  | 2026-12-07T16:55 | 2026-12-08T11:25
        working hours from a Saturday start on Monday's opening      | WORKING_HOURS | 4  | 2026-12-12T09:00 | 2026-12-14T11:30
        working hours across 30/4 and 1/5                            | WORKING_HOURS | 8  | 2026-04-29T15:00 | 2026-05-04T13:30
        working hours before opening start at opening                | WORKING_HOURS | 2  | 2026-12-10T06:30 | 2026-12-10T09:30
        """)
    void dueDateOnTheWorkingCalendar(String why, LegalTimeUnit unit, int amount, LocalDateTime received,
            LocalDateTime due) {
        assertThat(dueDates.dueAt(new LegalTime(unit, amount), received.atZone(CenterTime.ZONE).toInstant())
                .atZone(CenterTime.ZONE).toLocalDateTime()).as(why).isEqualTo(due);
    }

    @Test
    void aLaterCutoffSetByTheCenterKeepsTheSameDay() {
        LegalTime threeDays = LegalTime.workingDays(3);
        var at1600 = LocalDateTime.parse("2026-12-07T16:00").atZone(CenterTime.ZONE).toInstant();
        assertThat(dueDates.dueAt(threeDays, at1600).atZone(CenterTime.ZONE).toLocalDate())
                .isEqualTo(LocalDate.parse("2026-12-11"));

        settings.changeDossierCutoffs(new DossierCutoffs(LocalTime.of(16, 30), LocalTime.of(16, 30)), Actor.SYSTEM);

        assertThat(dueDates.dueAt(threeDays, at1600).atZone(CenterTime.ZONE).toLocalDate())
                .isEqualTo(LocalDate.parse("2026-12-10"));
        assertThat(dueDates.dueAt(LegalTime.sameDay(), at1600).atZone(CenterTime.ZONE).toLocalDate())
                .isEqualTo(LocalDate.parse("2026-12-07"));
    }

    @Test
    void aHolidayAddedByTheAdministratorMovesTheDueDate() {
        LocalDate day = LocalDate.parse("2026-12-09");
        var received = LocalDateTime.parse("2026-12-07T09:00").atZone(CenterTime.ZONE).toInstant();
        assertThat(dueDates.dueAt(LegalTime.workingDays(3), received).atZone(CenterTime.ZONE).toLocalDate())
                .isEqualTo(LocalDate.parse("2026-12-10"));
        calendar.addHoliday(day, "Nghỉ đột xuất");
        try {
            assertThat(dueDates.dueAt(LegalTime.workingDays(3), received).atZone(CenterTime.ZONE).toLocalDate())
                    .isEqualTo(LocalDate.parse("2026-12-11"));
        } finally {
            calendar.removeHoliday(day);
        }
    }
}
