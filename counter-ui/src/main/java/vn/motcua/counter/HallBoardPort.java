package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** What the hall board needs; the server implements it. */
public interface HallBoardPort {

    String centerName();

    HallStatus hall();

    /**
     * The center's hotline and its leaders' hotlines (seed 000 wants them posted), and the QR code to the feedback
     * form that a visitor scans from across the hall; read once when the board opens.
     */
    HallContacts contacts();

    /**
     * While the view is attached, under its UI: each call (or recall) made from now on reaches {@code onCall}, in
     * call order; any other change of the queue or of the notice runs {@code refresh}.
     */
    void follow(Component view, Consumer<HallCall> onCall, Runnable refresh);

    /**
     * A call: the number and the counter it is called to, whether it is a recall, and {@code id}, which tells this
     * call from any other (the same ticket recalled, or called again later, is another id).
     */
    record HallCall(String id, String number, int counterNumber, boolean recall) {
    }

    /** A leader a visitor may call about a problem at the center: title, name, phone. */
    record Leader(String title, String fullName, String phone) {
    }

    /**
     * The center's hotline, its leaders' hotlines in their order, and the feedback form's address with its QR code
     * as an image URL (a data URL the server draws).
     */
    record HallContacts(String hotline, List<Leader> leaders, String feedbackUrl, String feedbackQr) {

        public HallContacts {
            leaders = List.copyOf(leaders);
        }
    }

    /** Waiting tickets of one service. */
    record ServiceQueue(String letter, String serviceName, long waiting) {
    }

    /** What the hall board shows: the last calls, newest first, waiting per service, and the notice line if any. */
    record HallStatus(List<HallCall> lastCalls, List<ServiceQueue> queues, Optional<String> notice) {
    }
}
