package vn.motcua.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** The usual hours of one weekday; a weekday without a row is a day off. */
@Entity
@Table(name = "working_hours")
public class WeekdayHours {

    // The ISO number (1 = Monday) is the key: one row per weekday, so a weekday cannot have two sets of hours.
    @Id
    private Integer isoWeekday;
    private LocalTime opens;
    private LocalTime closes;

    protected WeekdayHours() {
    }

    WeekdayHours(DayOfWeek weekday, WorkingHours hours) {
        this.isoWeekday = weekday.getValue();
        change(hours);
    }

    public DayOfWeek getWeekday() {
        return DayOfWeek.of(isoWeekday);
    }

    public WorkingHours getHours() {
        return new WorkingHours(opens, closes);
    }

    void change(WorkingHours hours) {
        this.opens = hours.opens();
        this.closes = hours.closes();
    }
}
