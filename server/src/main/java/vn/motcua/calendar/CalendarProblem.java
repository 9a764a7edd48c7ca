package vn.motcua.calendar;

/** A calendar edit or question the calendar cannot honour, with the key of an i18n message for the administrator. */
public class CalendarProblem extends RuntimeException {

    private final String messageKey;

    public CalendarProblem(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
