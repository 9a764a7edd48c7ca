package vn.motcua.kiosk;

import java.util.List;

/**
 * A procedure (thủ tục hành chính) as the kiosk's catalogue shows it: its national code, legal time, fee and the
 * papers to bring. {@code feeVnd} is null when none is charged; {@code feeNote} the words the center prints beside it.
 */
public record ProcedureInfo(String code, String name, String fieldName, TimeUnit timeUnit, int timeAmount,
        Long feeVnd, String feeNote, boolean onTheSpot, boolean demoValues, List<Paper> papers) {

    public ProcedureInfo {
        papers = List.copyOf(papers);
    }

    /** How the legal time is counted: working days, working hours, or the same day ("trong ngày"). */
    public enum TimeUnit {
        WORKING_DAYS, WORKING_HOURS, SAME_DAY
    }

    /** One paper of the dossier and how many copies ("01 bản chính"); an optional one only in some cases. */
    public record Paper(String name, String copies, boolean required) {
    }
}
