package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national dossier code: the agency identifier, the day as yyMMdd and a 4-digit daily sequence, joined by dashes
 * (000.00.23.H22-261202-0007). The number is taken under a row lock in the caller's transaction, so two receptions
 * at once wait for each other and a reception that rolls back gives its number back: no gap, no duplicate.
 */
@Component
class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    DossierCodes(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next code of the day; call inside the transaction that writes the dossier, after {@link #prepare}. */
    String next(int centerId, String agencyCode, LocalDate day) {
        if (!increment(centerId, agencyCode, day)) {
            // No row: the day turned between prepare and now (a reception at midnight). Made here, in a transaction
            // of its own, which needs a second connection: rare enough, unlike every first reception of a day.
            prepare(centerId, agencyCode, day);
            increment(centerId, agencyCode, day);
        }
        String code = code(agencyCode, day, last(centerId, agencyCode, day));
        // The province's log may bring codes of this agency and day after the day's row was made: a number it took
        // is skipped (still under the row lock), else the insert failed on the unique code and every later reception
        // of the day with it, since the failed one gave its number back.
        while (taken(centerId, code)) {
            increment(centerId, agencyCode, day);
            code = code(agencyCode, day, last(centerId, agencyCode, day));
        }
        return code;
    }

    /** Takes the row lock and the next number; false when the day has no row yet. */
    private boolean increment(int centerId, String agencyCode, LocalDate day) {
        return jdbc.sql("update dossier_code_sequence set last_number = last_number + 1"
                        + " where center_id = ? and agency_code = ? and code_day = ?")
                .params(centerId, agencyCode, day).update() > 0;
    }

    private int last(int centerId, String agencyCode, LocalDate day) {
        return jdbc.sql("select last_number from dossier_code_sequence"
                        + " where center_id = ? and agency_code = ? and code_day = ?")
                .params(centerId, agencyCode, day).query(Integer.class).single();
    }

    private boolean taken(int centerId, String code) {
        return jdbc.sql("select count(*) from dossier where center_id = ? and code = ?").params(centerId, code)
                .query(Long.class).single() > 0;
    }

    static String code(String agencyCode, LocalDate day, int number) {
        return agencyCode + "-" + DAY.format(day) + "-" + String.format("%04d", number);
    }

    /**
     * The day's row, made once in its own transaction; call before the reception's transaction begins (two first
     * receptions of a day may race to make it: the loser finds it made). It starts after the highest code of that day
     * already on file, such as one the province's log brought, so a code received here never repeats one imported.
     */
    void prepare(int centerId, String agencyCode, LocalDate day) {
        if (exists(centerId, agencyCode, day)) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> {
                String prefix = code(agencyCode, day, 0).substring(0, agencyCode.length() + 8);
                int highest = jdbc.sql("select code from dossier where center_id = ? and code like ?")
                        .params(centerId, prefix + "____").query(String.class).list().stream()
                        .map(code -> code.substring(prefix.length())).filter(tail -> tail.chars().allMatch(Character::isDigit))
                        .mapToInt(Integer::parseInt).max().orElse(0);
                jdbc.sql("insert into dossier_code_sequence (center_id, agency_code, code_day, last_number)"
                        + " values (?, ?, ?, ?)").params(centerId, agencyCode, day, highest).update();
            });
        } catch (DataIntegrityViolationException madeByAnother) {
            // Another reception made the day's row first: it is there now.
        }
    }

    private boolean exists(int centerId, String agencyCode, LocalDate day) {
        return jdbc.sql("select count(*) from dossier_code_sequence where center_id = ? and agency_code = ?"
                + " and code_day = ?").params(centerId, agencyCode, day).query(Long.class).single() > 0;
    }
}
