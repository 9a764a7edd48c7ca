package vn.motcua.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.kiosk.PhonePagePort.ContactShown;
import vn.motcua.kiosk.PhonePagePort.MessageProgress;
import vn.motcua.kiosk.PhonePagePort.TrackingState;

/**
 * On the phone page: the visitor may leave a mobile number, with consent in words that say what it is used for and
 * for how long, to be texted when their turn is near; once left, they see whether the message went, and can delete
 * the number at once.
 */
final class ContactForm extends Div {

    private final PhonePagePort port;
    private final String trackingCode;

    ContactForm(PhonePagePort port, String trackingCode) {
        this.port = port;
        this.trackingCode = trackingCode;
        addClassName("contact");
        render(null);
    }

    private void render(String notice) {
        removeAll();
        add(new H2(getTranslation("contact.title")));
        Optional<ContactShown> left = port.contact(trackingCode);
        if (left.isEmpty() && !stillQueued()) {
            // Unknown, called or done: nothing left to be told of.
            setVisible(false);
            return;
        }
        setVisible(true);
        if (left.isPresent()) {
            ContactShown shown = left.get();
            add(line("contact-given", getTranslation("contact.given", shown.maskedPhone())));
            if (shown.progress() != MessageProgress.NOT_YET) {
                add(line("contact-message " + shown.progress().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        getTranslation("contact.message." + shown.progress().name(), shown.maskedPhone())));
            }
            Button withdraw = new Button(getTranslation("contact.withdraw"), click -> {
                port.withdrawContact(trackingCode);
                render(getTranslation("contact.withdrawn"));
            });
            withdraw.addClassName("contact-withdraw");
            add(withdraw);
            return;
        }
        if (notice != null) {
            add(line("contact-notice", notice));
        }
        TextField phone = new TextField(getTranslation("contact.phone"));
        phone.addClassName("contact-phone");
        phone.getElement().setAttribute("inputmode", "tel");
        phone.getElement().setAttribute("autocomplete", "tel");
        phone.setMaxLength(16);
        Checkbox consent = new Checkbox(getTranslation("contact.consent", port.contactKeptDays()));
        consent.addClassName("contact-consent");
        // The refusal stands above the button, in words, whichever field it is about (a missing consent is not the
        // phone number's fault), and a field's own error slot would spill out of the field on a narrow phone.
        Span refusal = line("contact-refused", "");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        Button give = new Button(getTranslation("contact.give"), click -> {
            Optional<String> refused = port.giveContact(trackingCode, phone.getValue(), consent.getValue());
            if (refused.isPresent()) {
                refusal.setText(getTranslation(refused.get()));
                refusal.setVisible(true);
            } else {
                render(null);
            }
        });
        give.addClassName("contact-give");
        add(phone, consent, refusal, give);
    }

    private boolean stillQueued() {
        return port.track(trackingCode).map(PhonePagePort.TicketTracking::state).filter(state ->
                state == TrackingState.WAITING || state == TrackingState.UPCOMING
                        || state == TrackingState.CARRIED_OVER || state == TrackingState.TRANSFERRED).isPresent();
    }

    private static Span line(String classNames, String text) {
        Span line = new Span(text);
        line.addClassNames(classNames.split(" "));
        return line;
    }
}
