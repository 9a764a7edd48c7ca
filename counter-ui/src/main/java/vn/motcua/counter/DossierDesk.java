package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The console's dossier handling, on the officer signed in: reception at their counter, the dossiers they hold, and
 * what they do with one (hand it off, ask for a supplement, mark it supplied, record its result). Refusals come as
 * {@link CounterRefusal}.
 */
public interface DossierDesk {

    /** The center's procedures in catalogue order, each with the documents it asks for. */
    List<ProcedureChoice> procedures();

    /** Registers a dossier from the visit at the counter (none: sent online or by post), on the seated officer. */
    ReceivedDossier receive(int counterNumber, NewDossier dossier);

    /** Prints the receipt and appointment slip on the counter's printer; says in words whether it printed. */
    PrintAnswer printReceipt(int counterNumber, String code);

    /** Prints the latest supplement request (Mẫu 02) for the citizen on the counter's printer; says whether it did. */
    PrintAnswer printSupplement(int counterNumber, String code);

    /** Prints the approved apology and new appointment (Mẫu 04) for the citizen on the counter's printer. */
    PrintAnswer printApology(int counterNumber, String code);

    /** The open dossiers the signed-in officer holds, longest held first. */
    List<HeldDossier> held();

    /** The officers a dossier can be handed to. */
    List<Colleague> colleagues();

    /** The near and past due times of the dossiers the signed-in officer holds: the held button's badge, the flags. */
    List<HeldAlert> heldAlerts();

    /**
     * Runs {@code redraw} under the view's UI, while it is attached, when the watch warns of or finds late a dossier
     * of the officer signed in (or says no whom).
     */
    void followHeldAlerts(Component view, Runnable redraw);

    /** Gives the dossier to the officer with this code for a step (empty: the procedure's next step). */
    void handOff(String code, String officerCode, Optional<Step> step, String note);

    /** Asks the citizen for everything missing; a request after the first needs its reason (for the head of unit). */
    void askSupplement(String code, List<Missing> items, String reasonForAnother);

    /** The citizen brought what was missing: the clock runs again. */
    void supplied(String code);

    /** Records how handling ended; refused and withdrawn need their reason. */
    RecordedResult recordResult(String code, Result result, String reason);

    /** A procedure as the reception form offers it; {@code signedOnTheSpot}: a leader on duty signs the same day. */
    record ProcedureChoice(String code, String name, List<DocumentChoice> documents, boolean signedOnTheSpot) {
    }

    /** One document a procedure asks for, with the copies and whether it is required. */
    record DocumentChoice(String name, String copies, boolean required) {
    }

    /** What the officer registers; {@code documents}: the positions of the procedure's documents received. */
    record NewDossier(String procedureCode, String applicantName, String phone, String idNumber, boolean consent,
            String ownerName, Channel channel, List<Integer> documents) {
    }

    /** The dossier just received: its code, procedure and due date, and the visit it was linked to, if any. */
    record ReceivedDossier(String code, String procedureName, Instant dueAt, Optional<String> ticketNumber) {
    }

    /** Whether the slip printed, the i18n key of what to tell the officer, and the printer's own words if any. */
    record PrintAnswer(boolean printed, String messageKey, String detail) {
    }

    /**
     * A dossier the officer holds: its code, procedure, who submitted it, national status name, due date and since
     * when held and for how long (on the center's clock), the procedure's documents not received at reception (to pre-fill a supplement request), how
     * many supplement requests were made already, and whether a leader approved an apology (Mẫu 04) to print.
     */
    record HeldDossier(String code, String procedureCode, String procedureName, String applicant, String status,
            Instant dueAt, Instant heldSince, Duration heldFor, List<String> notReceived, int supplementsAsked,
            boolean apologyApproved) {
    }

    /**
     * A due time of a held dossier that is near ({@code late} false) or past: the dossier's own, or a step's, whose
     * kind ({@code RECEPTION}, {@code APPRAISAL}...) {@code step} then names.
     */
    record HeldAlert(String code, boolean late, Instant dueAt, Optional<String> step) {
    }

    /** An officer to hand a dossier to. */
    record Colleague(String code, String fullName, String unitName) {
    }

    /** One thing missing and why it is needed. */
    record Missing(String what, String why) {
    }

    /** The result as recorded, with the leader on duty who signed a same-day procedure. */
    record RecordedResult(String code, String status, Optional<String> signedBy) {
    }

    /** How a dossier came: in person, online, by post. */
    enum Channel {
        IN_PERSON, ONLINE, POST
    }

    /** The step a dossier is handed on for. */
    enum Step {
        APPRAISAL, SIGNATURE, RETURN
    }

    /** How handling ended. */
    enum Result {
        APPROVED, REFUSED, WITHDRAWN
    }
}
