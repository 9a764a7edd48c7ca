package vn.motcua.kiosk;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the citizen's dossier page /hs/{token} and its look-up /hs need from the application; the server implements
 * it. Nothing personal crosses it: no owner's name, no phone.
 */
public interface DossierPagePort {

    CenterInfo center();

    /** The dossier behind a page's token; empty for any token that opens nothing (unknown or malformed alike). */
    Optional<DossierPage> dossier(String token);

    /** Finds a dossier's page by its code and the last four digits of the phone on file, slowing down guessing. */
    LookupAnswer lookUp(String code, String phoneEnd, String clientAddress);

    /**
     * A dossier as its owner reads it: {@code procedure} the catalogue's name (else the code as the province gave it),
     * times in the center's local time, {@code unit} the handling unit (null if the province named none),
     * {@code overdue} still open, its clock running and past its due date; {@code clockStoppedAt} since when the clock
     * stands while the citizen supplements (else null), {@code missing} what they were asked to bring, and
     * {@code dueMoved} whether the due date was moved by a supplement already brought; {@code newAppointmentAt} the
     * new date of the apology a leader approved (Mẫu 04), else null.
     */
    record DossierPage(String code, String procedure, DossierState state, LocalDateTime receivedAt,
            LocalDateTime dueAt, String unit, boolean overdue, LocalDateTime clockStoppedAt, List<MissingPaper> missing,
            boolean dueMoved, LocalDateTime newAppointmentAt) {

        public DossierPage {
            missing = List.copyOf(missing);
        }
    }

    /** One thing the citizen is asked to bring, and why it is needed. */
    record MissingPaper(String what, String why) {
    }

    /** Where a dossier stands: the national portal's ten statuses (TrangThaiHoSo 1 to 10), in their order. */
    enum DossierState {
        RECEIVING, RECEIVED, DENIED, PROCESSING, AWAITING_SUPPLEMENT, PAYING, WITHDRAWN, STOPPED, DONE, RETURNED
    }

    /** A look-up's answer; {@code token} is the page's key when found, else null. */
    record LookupAnswer(LookupOutcome outcome, String token) {
    }

    /** Found; not found (wrong code or digits, or no phone on file: one answer for all); too many wrong tries. */
    enum LookupOutcome {
        FOUND, NO_MATCH, TOO_MANY_TRIES
    }
}
