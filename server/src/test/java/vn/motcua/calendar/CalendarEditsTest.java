package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
import vn.motcua.audit.Actor;
import vn.motcua.catalogue.LegalTime;
import vn.motcua.catalogue.LegalTimeUnit;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.DueDates;
import vn.motcua.i18n.Refusal;

/** The admin's calendar edits on the real database: audited with old and new value, refused in words, all or none. */
@ServerTest
class CalendarEditsTest {

    private static final LocalDate EDITS_FROM = LocalDate.of(2030, 1, 1);
    private static final WorkingHours DEMO_HOURS = new WorkingHours(LocalTime.of(7, 30), LocalTime.of(17, 0));
    private static final Actor ADMIN = Actor.user("admin");

    @Autowired
    CalendarEdits edits;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    CenterTime time;
    @Autowired
    DueDates dueDates;
    @Autowired
    JdbcClient jdbc;

    private LocalDate nearDay;

    @AfterEach
    void backToTheDemoCalendar() {
        jdbc.sql("delete from special_day where calendar_day >= ?").param(EDITS_FROM).update();
        if (nearDay != null) {
            jdbc.sql("delete from special_day where calendar_day = ?").param(nearDay).update();
        }
        jdbc.sql("delete from working_hours").update();
        for (int weekday = 1; weekday <= 5; weekday++) {
            jdbc.sql("insert into working_hours (iso_weekday, opens, closes) values (?, ?, ?)")
                    .params(weekday, DEMO_HOURS.opens(), DEMO_HOURS.closes()).update();
        }
        jdbc.sql("delete from audit_record where action = 'CALENDAR_CHANGED'").update();
        // The due dates keep a copy of the calendar: the rows put back by SQL must be read again.
        calendar.setWeekdayHours(DayOfWeek.MONDAY, DEMO_HOURS);
    }

    @Test
    void eachChangeIsAuditedWithOldAndNewValue() {
        edits.setWeekdayHours(DayOfWeek.SATURDAY, new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30)), ADMIN);
        edits.setWeekdayHours(DayOfWeek.MONDAY, new WorkingHours(LocalTime.of(8, 0), LocalTime.of(17, 0)), ADMIN);
        edits.closeWeekday(DayOfWeek.SATURDAY, ADMIN);
        edits.addHoliday(LocalDate.of(2030, 1, 1), "Tết Dương lịch", ADMIN);
        edits.addMakeUpDay(LocalDate.of(2030, 1, 5), "Làm bù", new WorkingHours(LocalTime.of(8, 0),
                LocalTime.of(11, 30)), ADMIN);
        edits.remove(LocalDate.of(2030, 1, 1), ADMIN);

        assertThat(audited()).containsExactly(
                "admin|calendar SATURDAY|— → 07:30–11:30",
                "admin|calendar MONDAY|07:30–17:00 → 08:00–17:00",
                "admin|calendar SATURDAY|07:30–11:30 → —",
                "admin|calendar 2030-01-01|— → HOLIDAY Tết Dương lịch",
                "admin|calendar 2030-01-05|— → WORKING Làm bù 08:00–11:30",
                "admin|calendar 2030-01-01|HOLIDAY Tết Dương lịch → —");
    }

    @Test
    void anUnchangedWeekdayLeavesNoRecord() {
        edits.setWeekdayHours(DayOfWeek.TUESDAY, DEMO_HOURS, ADMIN);
        edits.closeWeekday(DayOfWeek.SUNDAY, ADMIN);

        assertThat(audited()).isEmpty();
    }

    @Test
    void aHolidayOnADateAlreadyListedIsRefusedAndNothingIsRecorded() {
        edits.addHoliday(LocalDate.of(2030, 4, 30), "Giải phóng miền Nam", ADMIN);

        assertThatThrownBy(() -> edits.addHoliday(LocalDate.of(2030, 4, 30), "Lặp lại", ADMIN))
                .isInstanceOf(Refusal.class).extracting(refused -> ((Refusal) refused).messageKey())
                .isEqualTo("problem.calendar.dayTaken");
        assertThat(audited()).hasSize(1);
    }

    @Test
    void aDayInThePastIsRefused() {
        LocalDate yesterday = time.today().minusDays(1);

        assertThatThrownBy(() -> edits.addHoliday(yesterday, "Nghỉ đột xuất", ADMIN))
                .isInstanceOf(Refusal.class).extracting(refused -> ((Refusal) refused).messageKey())
                .isEqualTo("problem.calendar.dayPast");
        assertThat(calendar.specialDays(yesterday, yesterday)).isEmpty();
    }

    @Test
    void closingBeforeOpeningIsRefused() {
        assertThatThrownBy(() -> edits.setWeekdayHours(DayOfWeek.MONDAY,
                new WorkingHours(LocalTime.of(17, 0), LocalTime.of(7, 30)), ADMIN))
                .isInstanceOf(Refusal.class).extracting(refused -> ((Refusal) refused).messageKey())
                .isEqualTo("problem.calendar.closesBeforeOpens");
    }

    @Test
    void anImportWithOneBadLineAddsNothingAndNamesTheLine() {
        edits.addHoliday(LocalDate.of(2030, 9, 2), "Quốc khánh", ADMIN);
        OfficialDaysFile.Reading reading = read("""
                01/01/2030;Tết Dương lịch;nghỉ lễ
                02/09/2030;Quốc khánh (khác tên);làm bù;08:00;11:00
                07/01/2030;Thứ Hai làm bù;làm bù
                """);

        assertThat(edits.preview(reading).problems()).containsExactly(
                ImportProblem.of(2, "calendar-import.listed", "02/09/2030", "Quốc khánh"),
                ImportProblem.of(3, "calendar-import.already-working", "07/01/2030"));
        assertThatThrownBy(() -> edits.importDays(reading, ADMIN)).isInstanceOf(Refusal.class);
        assertThat(calendar.specialDays(EDITS_FROM, EDITS_FROM.plusYears(1))).extracting(SpecialDay::getName)
                .containsExactly("Quốc khánh");
    }

    @Test
    void aCleanImportAddsEveryNewDayOnceAndKeepsThoseAlreadyThere() {
        edits.addHoliday(LocalDate.of(2030, 1, 1), "Tết Dương lịch", ADMIN);
        OfficialDaysFile.Reading reading = read("""
                Ngày;Tên;Loại
                01/01/2030;Tết Dương lịch;nghỉ lễ
                2030-02-04;Tết Nguyên đán;holiday
                09/02/2030;Làm bù;làm bù
                """);

        CalendarEdits.ImportPreview preview = edits.preview(reading);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.unchanged()).extracting(OfficialDay::line).containsExactly(2);
        assertThat(edits.importDays(reading, ADMIN)).isEqualTo(2);

        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 2, 4))).isFalse();
        assertThat(calendar.hours(LocalDate.of(2030, 2, 9))).contains(DEMO_HOURS);
        assertThat(audited()).hasSize(3);
    }

    @Test
    void aHolidayAddedOnScreenMovesTheDueDateOfADossierReceivedAfterIt() {
        LocalDate received = calendar.nextWorkingDay(time.today().plusDays(7));
        LocalDate due = calendar.nextWorkingDay(received);
        Instant at = received.atTime(8, 0).atZone(CenterTime.ZONE).toInstant();
        LegalTime oneDay = new LegalTime(LegalTimeUnit.WORKING_DAYS, 1);
        Instant before = dueDates.dueAt(oneDay, at);
        assertThat(before.atZone(CenterTime.ZONE).toLocalDate()).isEqualTo(due);

        edits.addHoliday(due, "Nghỉ bù", ADMIN);
        nearDay = due;

        assertThat(dueDates.dueAt(oneDay, at).atZone(CenterTime.ZONE).toLocalDate())
                .isEqualTo(calendar.nextWorkingDay(due)).isAfter(due);
    }

    private static OfficialDaysFile.Reading read(String csv) {
        return OfficialDaysFile.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> audited() {
        return jdbc.sql("select actor || '|' || subject || '|' || detail from audit_record"
                + " where action = 'CALENDAR_CHANGED' order by id").query(String.class).list();
    }
}
