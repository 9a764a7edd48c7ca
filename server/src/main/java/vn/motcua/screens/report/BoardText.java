package vn.motcua.screens.report;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.motcua.center.CenterTime;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.SatisfactionTally;

/** How the boards and the scorecard write durations, shares, times and labels, in the screen's language. */
final class BoardText {

    static final String NOTHING = "—";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(CenterTime.ZONE);

    private BoardText() {
    }

    /** "12 phút", "1 giờ 05 phút", "dưới 1 phút"; a dash for no duration. */
    static String duration(Component screen, Duration duration) {
        if (duration == null) {
            return NOTHING;
        }
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return screen.getTranslation("report.duration.under-minute");
        }
        if (minutes < 60) {
            return screen.getTranslation("report.duration.minutes", minutes);
        }
        return screen.getTranslation("report.duration.hours", minutes / 60, String.format("%02d", minutes % 60));
    }

    /** "97,5%" in Vietnamese, "97.5%" in English; a dash before the first rating. */
    static String percent(Component screen, BigDecimal percent) {
        if (percent == null) {
            return NOTHING;
        }
        return screen.getTranslation("report.percent", percent);
    }

    /** The standing of a share against the targets, as a CSS class and its words. */
    static String standingClass(SatisfactionTally tally) {
        return "standing-" + tally.standing().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String standing(Component screen, SatisfactionTally tally) {
        return screen.getTranslation("board.standing." + tally.standing().name().toLowerCase(Locale.ROOT));
    }

    static String level(Component screen, RatingLevel level) {
        return screen.getTranslation("rating.level." + level.name().toLowerCase(Locale.ROOT));
    }

    /** A reason code of rating_reason in words; a code this version does not know yet shows as it is. */
    static String reason(Component screen, String code) {
        String words = screen.getTranslation("report.reason." + code);
        return words.startsWith("!") ? code : words;
    }

    static String clock(Instant at) {
        return CLOCK.format(at);
    }
}
