package vn.motcua.screens.audit;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.audit.AuditAction;
import vn.motcua.catalogue.LegalTimeUnit;
import vn.motcua.catalogue.StepKind;
import vn.motcua.officer.Employment;
import vn.motcua.calendar.DayKind;
import vn.motcua.device.DeviceKind;
import vn.motcua.queue.CounterSession.ClosedReason;
import vn.motcua.queue.TicketEventKind;
import vn.motcua.queue.TicketHistoryReader.TicketHistoryRow;
import vn.motcua.queue.TicketStatus;
import vn.motcua.security.DeviceRole;
import vn.motcua.security.Role;
import vn.motcua.watch.SignalKind;
import vn.motcua.watch.WatchActionKind;

/**
 * The audit trail in the reader's words. Records keep the codes their writers gave them (event kinds, statuses,
 * device kinds, roles, why a counter session ended, a setting's column, "counter 3"); each is read here through the
 * bundle, so the screen never shows a raw code, whatever the language.
 */
final class AuditWords {

    /** Looks a key up in the bundles of the reader's language. */
    interface Bundle {
        String get(String key, Object... params);
    }

    /** Every code an audit record's subject or detail may hold, with its key. */
    private static final Map<String, String> CODES = codes();
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");
    private static final Pattern COUNTER = Pattern.compile("\\bcounter (\\d+)");
    private static final Pattern ACCOUNT = Pattern.compile("^account (\\S+)");
    private static final Pattern OFFICER = Pattern.compile("\\bofficer #(\\d+)");
    /** The people admin screens' subjects: "unit KT", "officer CB01", "leader Nguyễn Văn Bình". */
    private static final Pattern UNIT = Pattern.compile("^unit (\\S+)$");
    private static final Pattern OFFICER_CODE = Pattern.compile("^officer ([^#\\s]\\S*)$");
    private static final Pattern LEADER = Pattern.compile("^leader (.+)$");
    private static final Pattern CODE_GIVEN = Pattern.compile("^code (\\d+)$");
    private static final Pattern SETTING = Pattern.compile("^center\\.(\\w+)$");
    /** "service HT-KS", "field TPHT", "procedure 1.001193": the catalogue's admin records. */
    private static final Pattern CATALOGUE = Pattern.compile("^(service|field|procedure) (\\S+)$");
    /** "name: A → B; letter: X → Y": each label of a catalogue or counter change, and its yes or no. */
    private static final Pattern LABEL = Pattern.compile("(^|; )([a-z][a-z-]*): ");
    private static final Pattern YES_NO = Pattern.compile("\\b(true|false)\\b");
    private static final Set<String> LABELS = Set.of("name", "letter", "field", "order", "retired", "service", "time",
            "fee", "fee-note", "on-the-spot", "papers", "steps", "services");
    private static final Pattern DEVICE = Pattern.compile("^device #(\\d+)$");
    private static final Pattern CALENDAR = Pattern.compile("^calendar (\\d{4})-(\\d{2})-(\\d{2})$");
    private static final Pattern IMPORTED = Pattern.compile("^(\\d+) new, (\\d+) updated, (\\d+) unchanged$");
    private static final Map<String, String> PHRASES = Map.of(
            "unknown or expired code", "audit.detail.unknown-code",
            "created from MOTCUA_ADMIN_PASSWORD", "audit.detail.initial-admin");
    private static final Set<String> SIGN_IN_FAILURES = Set.of("BadCredentialsException",
            "LockedException", "DisabledException");

    private final Bundle bundle;

    AuditWords(Bundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle key of a code the audit shows, for any kind, status, device kind, role or reason it may hold. */
    static String key(Enum<?> code) {
        return switch (code) {
            case TicketEventKind kind -> "audit.kind." + kind.name();
            case TicketStatus status -> "audit.status." + status.name();
            case AuditAction action -> "audit.action." + action.name();
            case Role role -> "role." + role.name();
            case Employment employment -> "employment." + employment.name();
            default -> "audit.code." + code.name();
        };
    }

    /** The bundle key of a setting by its column, as the settings screen labels it. */
    static String settingKey(String column) {
        return column.equals("hall_notice") ? "settings.hall-notice" : "settings." + column.toLowerCase(Locale.ROOT);
    }

    /** "Kết thúc phục vụ: Đang phục vụ → Đã xong". */
    String change(TicketHistoryRow row) {
        String kind = bundle.get("audit.kind." + row.kind());
        String to = bundle.get("audit.status." + row.toStatus());
        return row.fromStatus() == null ? kind + ": " + to
                : kind + ": " + bundle.get("audit.status." + row.fromStatus()) + " → " + to;
    }

    /** What a record is about: a counter, an account, a device, a setting. */
    String subject(String subject) {
        if (subject == null) {
            return "";
        }
        Matcher setting = SETTING.matcher(subject);
        if (setting.matches()) {
            return bundle.get(settingKey(setting.group(1)));
        }
        Matcher catalogue = CATALOGUE.matcher(subject);
        if (catalogue.matches()) {
            return bundle.get("audit.word." + catalogue.group(1), catalogue.group(2));
        }
        for (Map.Entry<Pattern, String> person : Map.of(UNIT, "audit.word.unit", OFFICER_CODE, "audit.word.officer-code",
                LEADER, "audit.word.leader").entrySet()) {
            if (person.getKey().matcher(subject).matches()) {
                return replace(person.getKey(), subject, person.getValue());
            }
        }
        Matcher device = DEVICE.matcher(subject);
        if (device.matches()) {
            return bundle.get("audit.word.device", device.group(1));
        }
        Matcher calendarDay = CALENDAR.matcher(subject);
        if (calendarDay.matches()) {
            return bundle.get("audit.word.calendar", calendarDay.group(3) + "/" + calendarDay.group(2) + "/"
                    + calendarDay.group(1));
        }
        if (subject.startsWith("calendar ")) {
            return bundle.get("audit.word.calendar", words(subject.substring("calendar ".length())));
        }
        return words(replace(ACCOUNT, replace(COUNTER, subject, "audit.word.counter"), "audit.word.account"));
    }

    /** What else the record says: a role, why a session ended, a failed sign-in's cause, a setting's old and new. */
    String detail(AuditAction action, String detail) {
        if (detail == null) {
            return "";
        }
        if (PHRASES.containsKey(detail)) {
            return bundle.get(PHRASES.get(detail));
        }
        Matcher imported = IMPORTED.matcher(detail);
        if (action == AuditAction.DOSSIERS_IMPORTED && imported.matches()) {
            return bundle.get("audit.detail.dossiers-imported", imported.group(1), imported.group(2), imported.group(3));
        }
        if (action == AuditAction.DEVICE_MAP_CHANGED) {
            return words(replace(COUNTER, detail, "audit.word.counter"));
        }
        if (action == AuditAction.SIGN_IN_FAILED) {
            return SIGN_IN_FAILURES.contains(detail) ? bundle.get("audit.sign-in." + detail)
                    : bundle.get("audit.sign-in.other", detail);
        }
        if (action.name().matches("(FIELD|SERVICE|PROCEDURE|COUNTER)_(ADDED|CHANGED|RETIRED|REINSTATED)")) {
            return words(labels(detail));
        }
        return words(replace(OFFICER, replace(CODE_GIVEN, detail, "audit.word.code"), "audit.word.officer"));
    }

    /** Each code of the text in words; anything else (names, numbers, values) as it was written. */
    private String words(String text) {
        return CODE.matcher(text).replaceAll(found -> Matcher.quoteReplacement(
                CODES.containsKey(found.group()) ? bundle.get(CODES.get(found.group())) : found.group()));
    }

    /** The labels of a catalogue change and its true or false in words; the values as they were written. */
    private String labels(String detail) {
        String labelled = LABEL.matcher(detail).replaceAll(found -> Matcher.quoteReplacement(found.group(1)
                + (LABELS.contains(found.group(2)) ? bundle.get("audit.label." + found.group(2)) : found.group(2))
                + ": "));
        return YES_NO.matcher(labelled).replaceAll(found -> Matcher.quoteReplacement(
                bundle.get(found.group(1).equals("true") ? "audit.word.yes" : "audit.word.no")));
    }

    private String replace(Pattern pattern, String text, String key) {
        return pattern.matcher(text).replaceAll(found -> Matcher.quoteReplacement(bundle.get(key, found.group(1))));
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        for (Enum<?>[] values : List.<Enum<?>[]>of(DeviceRole.values(), ClosedReason.values(), Role.values(),
                SignalKind.values(), WatchActionKind.values(),
                LegalTimeUnit.values(), StepKind.values(), Employment.values(),
                DayKind.values(), DayOfWeek.values(), DeviceKind.values())) {
            for (Enum<?> code : values) {
                codes.put(code.name(), key(code));
            }
        }
        return Map.copyOf(codes);
    }
}
