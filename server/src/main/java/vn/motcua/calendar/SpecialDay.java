package vn.motcua.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** A date that breaks the usual week: a public holiday, or a make-up working day with optional hours of its own. */
@Entity
public class SpecialDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDate calendarDay;
    @Enumerated(EnumType.STRING)
    private DayKind kind;
    private String name;
    private LocalTime opens;
    private LocalTime closes;

    protected SpecialDay() {
    }

    SpecialDay(LocalDate calendarDay, DayKind kind, String name, WorkingHours ownHours) {
        this.calendarDay = calendarDay;
        this.kind = kind;
        this.name = name;
        if (ownHours != null) {
            this.opens = ownHours.opens();
            this.closes = ownHours.closes();
        }
    }

    public Long getId() {
        return id;
    }

    public LocalDate getCalendarDay() {
        return calendarDay;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    /** The hours set for this day alone; empty for a holiday, and for a make-up day that keeps a weekday's hours. */
    public Optional<WorkingHours> getOwnHours() {
        return opens == null ? Optional.empty() : Optional.of(new WorkingHours(opens, closes));
    }
}
