package vn.motcua.kiosk;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import vn.motcua.kiosk.KioskPort.PrintResult;
import vn.motcua.kiosk.KioskPort.TicketReceipt;

/**
 * Step 3, the ticket: the number and the figures the issue returned, a QR code to follow the queue on a phone, and
 * how the printing went, with a reprint of the same receipt when it failed.
 */
final class TicketStep {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZONE);

    private final KioskView kiosk;
    private final TicketReceipt receipt;
    /** Whether the ticket is printing, printed or failed, and the reprint button. */
    private final Span printStatus = new Span();
    private final Div printActions = new Div();

    TicketStep(KioskView kiosk, TicketReceipt receipt) {
        this.kiosk = kiosk;
        this.receipt = receipt;
    }

    void showIn(HasComponents body) {
        Span label = new Span(text("kiosk.ticket.your-number"));
        label.addClassName("kiosk-number-label");
        Span number = new Span(receipt.number());
        number.addClassName("kiosk-number");
        Span service = new Span(receipt.serviceName());
        service.addClassName("kiosk-ticket-service");
        Div ticket = new Div(label, number, service);
        ticket.addClassName("kiosk-ticket");
        if (receipt.priority() != Priority.NONE) {
            Span priority = new Span(text("kiosk.ticket.priority", text(receipt.priority().labelKey())));
            priority.addClassName("kiosk-ticket-priority");
            ticket.add(priority);
        }
        if (receipt.ticketDay() != null && !receipt.ticketDay().equals(LocalDate.ofInstant(receipt.issuedAt(), ZONE))) {
            Span day = new Span(text("kiosk.ticket.for-day", KioskDays.day(kiosk, receipt.ticketDay())));
            day.addClassName("kiosk-ticket-day");
            ticket.add(day);
        }
        if (receipt.callsFrom() != null) {
            Span from = new Span(text("kiosk.ticket.calls-from", KioskDays.time(receipt.callsFrom())));
            from.addClassName("kiosk-calls-from");
            ticket.add(from);
        }
        Span ahead = new Span(text("kiosk.ticket.ahead", receipt.peopleAhead()));
        ahead.addClassName("kiosk-ahead");
        Span wait = new Span(text("kiosk.ticket.wait", receipt.estimatedWaitMinutes()));
        wait.addClassName("kiosk-wait");
        Span issued = new Span(text("kiosk.ticket.issued", TIME.format(receipt.issuedAt())));
        issued.addClassName("kiosk-issued");
        ticket.add(ahead, wait, issued);

        Image qr = new Image(QrCodeImage.svgDataUrl(receipt.trackingUrl()), text("kiosk.ticket.qr-alt"));
        qr.addClassName("kiosk-qr");
        Span qrHint = new Span(text("kiosk.ticket.qr-hint"));
        qrHint.addClassName("kiosk-qr-hint");
        Div qrBox = new Div(qr, qrHint);
        qrBox.addClassName("kiosk-qr-box");

        printStatus.setClassName("kiosk-print");
        printActions.setClassName("kiosk-actions");
        Button done = new Button(text("kiosk.done"), click -> kiosk.backToStart());
        done.addClassName("kiosk-done");
        Div side = new Div(qrBox, printStatus, printActions, done);
        side.addClassName("kiosk-ticket-side");
        Div layout = new Div(ticket, side);
        layout.addClassName("kiosk-ticket-step");
        body.add(layout);
    }

    /** Prints off the request, so the number is on screen at once; the outcome replaces "printing" when it comes. */
    void print() {
        showPrintStatus("printing", text("kiosk.print.printing"));
        printActions.removeAll();
        UI ui = UI.getCurrent();
        Thread.ofVirtual().name("kiosk-print-" + receipt.number()).start(() -> {
            PrintResult result;
            try {
                result = kiosk.port().print(receipt);
            } catch (RuntimeException failed) {
                result = new PrintResult(false, Objects.requireNonNullElse(failed.getMessage(), failed.toString()));
            }
            PrintResult outcome = result;
            try {
                ui.access(() -> {
                    // A late printer answer must never land on a later visitor's screen.
                    if (printStatus.isAttached()) {
                        showPrinted(outcome);
                    }
                });
            } catch (UIDetachedException closed) {
                // The kiosk's browser went away; the ticket stays issued and the print outcome is logged by the server.
            }
        });
    }

    private void showPrinted(PrintResult result) {
        kiosk.restartIdle();
        printActions.removeAll();
        if (result.printed()) {
            showPrintStatus("ok", text("kiosk.print.ok"));
            return;
        }
        showPrintStatus("failed", text("kiosk.print.failed", result.problem()));
        Button reprint = new Button(text("kiosk.print.again"));
        reprint.addClassName("kiosk-reprint");
        reprint.setDisableOnClick(true);
        reprint.addClickListener(click -> print());
        printActions.add(reprint);
    }

    private void showPrintStatus(String state, String text) {
        printStatus.setText(text);
        printStatus.setClassName("kiosk-print " + state);
    }

    private String text(String key, Object... params) {
        return kiosk.getTranslation(key, params);
    }
}
