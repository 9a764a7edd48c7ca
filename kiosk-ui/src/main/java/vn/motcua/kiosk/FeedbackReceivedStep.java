package vn.motcua.kiosk;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.motcua.kiosk.KioskPort.FeedbackReceipt;

/**
 * Feedback received: its code, when the answer is due, and where to read the answer (the address and a QR code to
 * scan with a phone). A report of money asked is acknowledged as going to the chairperson in confidence. The idle
 * timer brings the kiosk back to the start for the next visitor.
 */
final class FeedbackReceivedStep {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final KioskView kiosk;
    private final FeedbackReceipt receipt;

    FeedbackReceivedStep(KioskView kiosk, FeedbackReceipt receipt) {
        this.kiosk = kiosk;
        this.receipt = receipt;
    }

    void showIn(HasComponents body) {
        Span thanks = new Span(words(receipt.confidential() ? "kiosk.feedback.received-confidential"
                : "kiosk.feedback.received"));
        thanks.addClassName("kiosk-feedback-thanks");
        Span label = new Span(words("kiosk.feedback.code"));
        label.addClassName("kiosk-number-label");
        Span code = new Span(receipt.code());
        code.addClassName("kiosk-feedback-code");
        Span due = new Span(words("kiosk.feedback.due", DUE.format(receipt.answerDueAt())));
        due.addClassName("kiosk-feedback-due");
        Div left = new Div(thanks, label, code, due);
        left.addClassName("kiosk-ticket");
        Image qr = new Image(QrCodeImage.svgDataUrl(receipt.statusUrl()), words("kiosk.feedback.qr-alt"));
        qr.addClassName("kiosk-qr");
        Span where = new Span(words("kiosk.feedback.where", receipt.statusUrl()));
        where.addClassName("kiosk-qr-hint");
        Div qrBox = new Div(qr, where);
        qrBox.addClassName("kiosk-qr-box");
        Button done = new Button(words("kiosk.done"), click -> kiosk.backToStart());
        done.addClassName("kiosk-done");
        Div side = new Div(qrBox, done);
        side.addClassName("kiosk-ticket-side");
        Div layout = new Div(left, side);
        layout.addClassNames("kiosk-ticket-step", "kiosk-feedback-received");
        body.add(layout);
    }

    private String words(String key, Object... params) {
        return kiosk.getTranslation(key, params);
    }
}
