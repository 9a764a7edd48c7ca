package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.ServerTest;
import vn.motcua.i18n.Refusal;

@ServerTest
class WorkingCalendarTest {

    // Edits use dates from 2030 on, far from the demo holidays, and are removed after each test; the context and its
    // database are shared with the other server tests.
    private static final LocalDate EDITS_FROM = LocalDate.of(2030, 1, 1);
    private static final WorkingHours DEMO_HOURS = new WorkingHours(LocalTime.of(7, 30), LocalTime.of(17, 0));

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheDemoCalendar() {
        jdbc.sql("delete from special_day where calendar_day >= ?").param(EDITS_FROM).update();
        jdbc.sql("delete from working_hours").update();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            if (weekday.getValue() <= 5) {
                jdbc.sql("insert into working_hours (iso_weekday, opens, closes) values (?, ?, ?)")
                        .params(weekday.getValue(), DEMO_HOURS.opens(), DEMO_HOURS.closes()).update();
            }
        }
    }

    @Test
    void demoWeekIsMondayToFridayFromHalfPastSevenToFive() {
        assertThat(calendar.weeklyHours()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(calendar.weeklyHours().values()).containsOnly(DEMO_HOURS);
    }

    @Test
    void weekendsAreOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 20))).as("Friday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 22))).as("Sunday").isFalse();
        assertThat(calendar.hours(LocalDate.of(2026, 11, 22))).isEmpty();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).as("Monday").isTrue();
    }

    @Test
    void afterAFridayComesMonday() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 11, 23))).as("strictly after")
                .isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void reunificationAndLabourDayCloseThursdayAndFriday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 29))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 4, 29))).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(calendar.specialDays(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1)))
                .extracting(SpecialDay::getKind).containsExactly(DayKind.HOLIDAY, DayKind.HOLIDAY);
    }

    @Test
    void hungKingsDayOnASundayIsTakenOnMonday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 4, 24))).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void tetTwentyTwentySixClosesTheWholeWeek() {
        LocalDate saturdayBefore = LocalDate.of(2026, 2, 14);
        for (LocalDate day = saturdayBefore; day.isBefore(saturdayBefore.plusDays(9)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse();
        }
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.specialDays(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 17)))
                .extracting(SpecialDay::getName).singleElement().asString().startsWith("Tết Nguyên đán");
    }

    @Test
    void demoMakeUpSaturdayIsAWorkingDayWithFridaysHours() {
        LocalDate saturday = LocalDate.of(2026, 1, 10);
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.hours(saturday)).contains(DEMO_HOURS);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).as("the Friday it makes up for").isFalse();
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 1, 9))).isEqualTo(saturday);
    }

    @Test
    void addedMakeUpSaturdayCountsAsWorkingDayUntilRemoved() {
        LocalDate friday = LocalDate.of(2030, 6, 7);
        LocalDate saturday = LocalDate.of(2030, 6, 8);
        assertThat(calendar.isWorkingDay(saturday)).isFalse();

        SpecialDay added = calendar.addMakeUpDay(saturday, "  Làm bù cho ngày 3/6  ");

        assertThat(added.getName()).isEqualTo("Làm bù cho ngày 3/6");
        assertThat(added.getOwnHours()).isEmpty();
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.nextWorkingDay(friday)).isEqualTo(saturday);

        calendar.removeMakeUpDay(saturday);
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        assertThat(calendar.nextWorkingDay(friday)).isEqualTo(LocalDate.of(2030, 6, 10));
    }

    @Test
    void makeUpDayWithItsOwnHoursClosesWhenItSays() {
        LocalDate saturday = LocalDate.of(2030, 6, 8);
        calendar.addMakeUpDay(saturday, "Làm bù buổi sáng",
                new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30)));

        assertThat(calendar.closingTime(saturday)).contains(Instant.parse("2030-06-08T04:30:00Z"));
    }

    @Test
    void addedHolidayClosesTheDayUntilRemoved() {
        LocalDate wednesday = LocalDate.of(2030, 6, 5);
        calendar.addHoliday(wednesday, "Ngày nghỉ thử");
        assertThat(calendar.isWorkingDay(wednesday)).isFalse();
        assertThat(calendar.nextWorkingDay(LocalDate.of(2030, 6, 4))).isEqualTo(LocalDate.of(2030, 6, 6));

        calendar.removeHoliday(wednesday);
        assertThat(calendar.isWorkingDay(wednesday)).isTrue();
    }

    @Test
    void closingTimeOfAnOrdinaryMondayIsFiveInTheAfternoonInVietnam() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        // 17:00 in Asia/Ho_Chi_Minh (UTC+7, no daylight saving) is 10:00 UTC.
        assertThat(calendar.closingTime(monday)).contains(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(calendar.openingTime(monday)).contains(Instant.parse("2026-11-23T00:30:00Z"));
        assertThat(calendar.closingTime(LocalDate.of(2026, 11, 22))).as("Sunday").isEmpty();
        assertThat(calendar.closingTime(LocalDate.of(2026, 9, 2))).as("Quốc khánh").isEmpty();
    }

    @Test
    void changedWeekdayHoursApplyToThatWeekday() {
        calendar.setWeekdayHours(DayOfWeek.SATURDAY, new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30)));
        calendar.setWeekdayHours(DayOfWeek.FRIDAY, new WorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 0)));

        assertThat(calendar.hours(LocalDate.of(2030, 6, 8)))
                .contains(new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30)));
        assertThat(calendar.closingTime(LocalDate.of(2030, 6, 7))).contains(Instant.parse("2030-06-07T09:00:00Z"));

        calendar.closeWeekday(DayOfWeek.SATURDAY);
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 6, 8))).isFalse();
    }

    @Test
    void aDateAlreadyInTheCalendarCannotBeAddedTwice() {
        assertThatThrownBy(() -> calendar.addHoliday(LocalDate.of(2026, 4, 30), "Ngày Chiến thắng"))
                .isInstanceOfSatisfying(Refusal.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("problem.calendar.dayTaken"))
                .hasMessageContaining("2026-04-30").hasMessageContaining("holiday 'Ngày Chiến thắng (30/4)'");
        assertThatThrownBy(() -> calendar.addMakeUpDay(LocalDate.of(2026, 1, 10), "Làm bù"))
                .isInstanceOf(Refusal.class).hasMessageContaining("make-up day 'Làm bù cho ngày 2/1'");
    }

    @Test
    void closingMustComeAfterOpening() {
        assertThatThrownBy(() -> new WorkingHours(LocalTime.of(17, 0), LocalTime.of(7, 30)))
                .isInstanceOfSatisfying(Refusal.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("problem.calendar.closesBeforeOpens"))
                .hasMessage("Closing time 07:30 must be after opening time 17:00");
        assertThatThrownBy(() -> new WorkingHours(LocalTime.of(8, 0), LocalTime.of(8, 0)))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> new WorkingHours(LocalTime.of(8, 0), null))
                .isInstanceOf(Refusal.class).hasMessageContaining("closing time");
    }

    @Test
    void editsThatMakeNoSenseAreRefusedWithAReason() {
        assertThatThrownBy(() -> calendar.addHoliday(LocalDate.of(2030, 6, 5), "   "))
                .isInstanceOf(Refusal.class).hasMessageContaining("name is required");
        assertThatThrownBy(() -> calendar.addHoliday(null, "Tết"))
                .isInstanceOf(Refusal.class).hasMessage("A date is required");
        assertThatThrownBy(() -> calendar.addMakeUpDay(LocalDate.of(2030, 6, 5), "Làm bù"))
                .isInstanceOfSatisfying(Refusal.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("problem.calendar.alreadyWorking"));
        assertThatThrownBy(() -> calendar.removeHoliday(LocalDate.of(2030, 6, 5)))
                .isInstanceOf(Refusal.class).hasMessage("2030-06-05 is not a holiday in the calendar");
        assertThatThrownBy(() -> calendar.removeHoliday(LocalDate.of(2026, 1, 10)))
                .as("a make-up day is not a holiday").isInstanceOf(Refusal.class);
        assertThat(calendar.specialDays(EDITS_FROM, LocalDate.of(2099, 12, 31))).as("nothing was stored").isEmpty();
    }

    @Test
    void theLastWorkingWeekdayCannotBeClosed() {
        List<DayOfWeek> allButFriday =
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        for (DayOfWeek weekday : allButFriday) {
            calendar.closeWeekday(weekday);
        }
        assertThatThrownBy(() -> calendar.closeWeekday(DayOfWeek.FRIDAY))
                .isInstanceOfSatisfying(Refusal.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("problem.calendar.lastWorkingWeekday"));
        assertThat(calendar.weeklyHours()).containsOnlyKeys(DayOfWeek.FRIDAY);
    }

    @Test
    void aCalendarWithoutWorkingDaysFailsClearlyInsteadOfLoopingOn() {
        // Only a database edited by hand gets here: the service refuses to close the last working weekday.
        jdbc.sql("delete from working_hours").update();

        assertThatThrownBy(() -> calendar.nextWorkingDay(LocalDate.of(2030, 6, 7)))
                .isInstanceOfSatisfying(Refusal.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("problem.calendar.noWorkingDay"))
                .hasMessageContaining("No working day in the 60 days after 2030-06-07")
                .hasMessageContaining("misconfigured");
    }
}
