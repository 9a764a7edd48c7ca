package vn.motcua.dossier;

import java.util.List;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;

/**
 * Imports a file of the province's dossier log: checked whole first, then written whole with its audit record in one
 * transaction, or, if any line is faulty, not written at all.
 */
@Service
public class ImportProvinceLog {

    private static final int SUBJECT = 120;
    /** Tries of one import against others writing the same dossiers at the same moment. */
    private static final int ATTEMPTS = 3;

    private final RecordProvinceDossiers record;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ImportProvinceLog(RecordProvinceDossiers record, AuditTrail audit, PlatformTransactionManager transactions) {
        this.record = record;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What an import did: the counts when written, or every fault found (then nothing was written). */
    public record Outcome(ImportCounts counts, List<ProvinceLogProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean written() {
            return counts != null;
        }
    }

    /**
     * Reads and writes the file; a file that is no log at all is refused (a Refusal). The file's name, when the user
     * picked one, names it in the audit trail; else its format does.
     */
    public Outcome importLog(byte[] content, ProvinceLogFormat format, String fileName, Actor by) {
        // Read outside the transaction: checking a large file holds no database connection.
        ProvinceLog.Reading reading = ProvinceLog.read(content, format);
        if (!reading.problems().isEmpty()) {
            return new Outcome(null, reading.problems());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                ImportCounts counts = transaction.execute(status -> {
                    ImportCounts written = record.record(reading.rows(), by);
                    audit.record(by, AuditAction.DOSSIERS_IMPORTED, subject(fileName, format), written.created()
                            + " new, " + written.updated() + " updated, " + written.unchanged() + " unchanged");
                    return written;
                });
                return new Outcome(counts, List.of());
            } catch (DataIntegrityViolationException | ConcurrencyFailureException writtenMeanwhile) {
                // Another import wrote the same dossiers first (two managers, two nodes): read again, they are known now.
                if (attempt == ATTEMPTS) {
                    throw writtenMeanwhile;
                }
            }
        }
    }

    /** The audit record's subject holds 120 characters; a file's name rarely needs them. */
    private static String subject(String fileName, ProvinceLogFormat format) {
        String name = fileName == null || fileName.isBlank() ? format.name() : fileName.strip();
        return name.length() > SUBJECT ? name.substring(0, SUBJECT) : name;
    }
}
