package vn.motcua.calendar;

/**
 * One line of an official list of holidays and make-up days as read from a file: its line number, the date, its name,
 * its kind and, for a make-up day, hours of its own (null: a normal weekday's hours).
 */
public record OfficialDay(int line, java.time.LocalDate day, String name, DayKind kind, WorkingHours ownHours) {
}
