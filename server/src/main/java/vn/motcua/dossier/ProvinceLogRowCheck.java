package vn.motcua.dossier;

import static vn.motcua.dossier.ProvinceLogColumn.CHU_HO_SO;
import static vn.motcua.dossier.ProvinceLogColumn.DON_VI_XU_LY;
import static vn.motcua.dossier.ProvinceLogColumn.MA_HO_SO;
import static vn.motcua.dossier.ProvinceLogColumn.MA_TTHC;
import static vn.motcua.dossier.ProvinceLogColumn.NGAY_HEN_TRA;
import static vn.motcua.dossier.ProvinceLogColumn.NGAY_KET_THUC_XU_LY;
import static vn.motcua.dossier.ProvinceLogColumn.NGAY_TIEP_NHAN;
import static vn.motcua.dossier.ProvinceLogColumn.NGAY_TRA;
import static vn.motcua.dossier.ProvinceLogColumn.SO_DIEN_THOAI;
import static vn.motcua.dossier.ProvinceLogColumn.TRANG_THAI_HO_SO;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.center.CenterTime;

/**
 * Checks the log's lines one by one and turns each good one into a {@link ProvinceDossier}; every fault of every line
 * is noted, so the user mends the file once instead of once per fault.
 */
final class ProvinceLogRowCheck {

    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern FOURTEEN_DIGITS = Pattern.compile("\\d{14}");
    private static final Pattern STATUS = Pattern.compile("\\d{1,2}");
    private static final Pattern PHONE = Pattern.compile("[0-9+ ]+");
    /** A value repeated in a reason is cut short: the reason is read in a table cell. */
    private static final int SHOWN = 40;

    private final ProvinceLogHeader header;
    private final List<ProvinceLogProblem> problems;
    /** Each dossier code with the line it was first seen on. */
    private final Map<String, Integer> codes = new HashMap<>();

    ProvinceLogRowCheck(ProvinceLogHeader header, List<ProvinceLogProblem> problems) {
        this.header = header;
        this.problems = problems;
    }

    /** The line as a dossier, or empty when anything on it is wrong (each fault is added to the problems). */
    Optional<ProvinceDossier> check(ProvinceLogLine line) {
        int before = problems.size();
        for (ProvinceLogColumn column : ProvinceLogColumn.values()) {
            String value = header.value(line, column);
            if (column.required && value.isEmpty()) {
                problems.add(ProvinceLogProblem.at(line.number(), "import.row.blank", column.portalName));
            } else if (column.maxLength > 0 && value.length() > column.maxLength) {
                problems.add(ProvinceLogProblem.at(line.number(), "import.row.too-long", column.portalName,
                        column.maxLength));
            }
        }
        String code = header.value(line, MA_HO_SO);
        Integer firstSeen = code.isEmpty() ? null : codes.putIfAbsent(code, line.number());
        if (firstSeen != null) {
            problems.add(ProvinceLogProblem.at(line.number(), "import.row.duplicate", shown(code), firstSeen));
        }
        String phone = header.value(line, SO_DIEN_THOAI);
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(ProvinceLogProblem.at(line.number(), "import.row.phone", shown(phone)));
        }
        Instant received = time(line, NGAY_TIEP_NHAN);
        Instant due = time(line, NGAY_HEN_TRA);
        Instant processed = time(line, NGAY_KET_THUC_XU_LY);
        Instant returned = time(line, NGAY_TRA);
        if (received != null && due != null && due.isBefore(received)) {
            problems.add(ProvinceLogProblem.at(line.number(), "import.row.due-before-received"));
        }
        Optional<DossierStatus> status = status(line);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ProvinceDossier(code, header.value(line, MA_TTHC), header.value(line, CHU_HO_SO),
                phone, received, due, status.orElseThrow(), processed, returned,
                Optional.of(header.value(line, DON_VI_XU_LY)).filter(unit -> !unit.isEmpty()).orElse(null)));
    }

    /** The portal's yyyyMMddHHmmss in Vietnam time; null when blank (a blank required date is noted elsewhere). */
    private Instant time(ProvinceLogLine line, ProvinceLogColumn column) {
        String value = header.value(line, column);
        if (value.isEmpty()) {
            return null;
        }
        if (FOURTEEN_DIGITS.matcher(value).matches()) {
            try {
                return LocalDateTime.parse(value, PORTAL_TIME).atZone(CenterTime.ZONE).toInstant();
            } catch (DateTimeException impossible) {
                // The 31st of November and the like: told below as any other bad date.
            }
        }
        problems.add(ProvinceLogProblem.at(line.number(), "import.row.date", column.portalName, shown(value)));
        return null;
    }

    private Optional<DossierStatus> status(ProvinceLogLine line) {
        String value = header.value(line, TRANG_THAI_HO_SO);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<DossierStatus> status = STATUS.matcher(value).matches()
                ? DossierStatus.ofNationalCode(Integer.parseInt(value)) : Optional.empty();
        if (status.isEmpty()) {
            problems.add(ProvinceLogProblem.at(line.number(), "import.row.status", shown(value)));
        }
        return status;
    }

    private static String shown(String value) {
        return value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
    }
}
