package vn.motcua.center;

import java.util.regex.Pattern;

/** The shape of a phone number the public screens post: digits in groups, maybe "+84", from a 3-digit line to 15. */
public final class PhoneNumber {

    /** Groups of digits split by one space, dot or hyphen, as people write them ("0912 345 678", "1900.1234"). */
    private static final Pattern GROUPS = Pattern.compile("\\+?[0-9]+([ .-][0-9]+)*");

    private PhoneNumber() {
    }

    /** Whether a citizen could dial what is written: 113 and 1022 are real lines, 16 digits are not. */
    public static boolean isWellFormed(String phone) {
        if (phone == null || phone.length() > 30 || !GROUPS.matcher(phone.strip()).matches()) {
            return false;
        }
        long digits = phone.chars().filter(Character::isDigit).count();
        return digits >= 3 && digits <= 15;
    }
}
