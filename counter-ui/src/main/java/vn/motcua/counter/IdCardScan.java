package vn.motcua.counter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * What the QR code on a chip ID card (CCCD) says, as the counter's USB scanner types it: ID number, old ID number,
 * full name, date of birth, sex, address and issue date, separated by {@code |}. A malformed scan is refused whole
 * (a {@link CounterRefusal} with the reason in words), so a misread never fills half a form.
 */
public record IdCardScan(String idNumber, String oldIdNumber, String fullName, LocalDate birthDate, String sex,
        String address, LocalDate issueDate) {

    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{12}");
    private static final Pattern OLD_ID_NUMBER = Pattern.compile("[0-9]{9}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMuuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int FIELDS = 7;

    /** Reads a scan; refused with {@code console.scan.*} keys when it is not a chip ID card's QR text. */
    public static IdCardScan parse(String scanned) {
        String text = scanned == null ? "" : scanned.strip();
        // -1 keeps empty fields at the end, so a scan cut short is counted short, not padded.
        String[] fields = text.split("\\|", -1);
        if (text.isEmpty() || fields.length != FIELDS) {
            throw new CounterRefusal("console.scan.fields", "Expected " + FIELDS + " fields, got " + fields.length);
        }
        String idNumber = fields[0].strip();
        String oldIdNumber = fields[1].strip();
        if (!ID_NUMBER.matcher(idNumber).matches()
                || !oldIdNumber.isEmpty() && !OLD_ID_NUMBER.matcher(oldIdNumber).matches()) {
            throw new CounterRefusal("console.scan.id-number", "Not an ID number: " + idNumber + "/" + oldIdNumber);
        }
        String fullName = fields[2].strip().replaceAll("\\s+", " ");
        if (fullName.isEmpty() || fullName.chars().anyMatch(Character::isDigit)) {
            throw new CounterRefusal("console.scan.name", "Not a name: " + fullName);
        }
        LocalDate birthDate = date(fields[3]);
        LocalDate issueDate = date(fields[6]);
        if (birthDate.isAfter(issueDate)) {
            throw new CounterRefusal("console.scan.date", "Born " + birthDate + " after the issue " + issueDate);
        }
        return new IdCardScan(idNumber, oldIdNumber, fullName, birthDate, fields[4].strip(), fields[5].strip(),
                issueDate);
    }

    private static LocalDate date(String field) {
        try {
            return LocalDate.parse(field.strip(), DATE);
        } catch (DateTimeParseException notADate) {
            throw new CounterRefusal("console.scan.date", "Not a date ddMMyyyy: " + field);
        }
    }
}
