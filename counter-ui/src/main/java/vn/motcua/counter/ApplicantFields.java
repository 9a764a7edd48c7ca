package vn.motcua.counter;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Who submits the dossier: a field the counter's scanner types the chip ID card's QR text into (then Enter), which
 * fills the name and ID number and shows the card's birth date and address for the officer to check; the phone, the
 * consent that lets the center keep the phone and ID number, and the owner when someone submits on their behalf.
 */
final class ApplicantFields extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final TextField scan = new TextField();
    private final RefusalLine scanRefusal = new RefusalLine();
    private final Span scanned = new Span();
    private final TextField name = new TextField();
    private final TextField idNumber = new TextField();
    private final TextField phone = new TextField();
    private final Checkbox consent = new Checkbox();
    private final TextField owner = new TextField();

    ApplicantFields() {
        addClassName("console-applicant");
        scan.setLabel(getTranslation("console.reception.scan"));
        scan.setPlaceholder(getTranslation("console.reception.scan-hint"));
        scan.addClassName("console-reception-scan");
        // The scan comes with the Enter itself (what the field holds then), as the dossier code field does: a scanner
        // types faster than the field's value would reach the server.
        scan.getElement().addEventListener("keydown", enter -> {
            Object value = enter.getEventData(Map.class).get("element.value");
            read(value == null ? "" : value.toString());
        }).setFilter("event.key === 'Enter'").addEventData("element.value");
        scanned.addClassName("console-reception-scanned");
        scanned.setVisible(false);
        name.setLabel(getTranslation("console.reception.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(300);
        name.addClassName("console-reception-name");
        idNumber.setLabel(getTranslation("console.reception.id-number"));
        idNumber.setMaxLength(12);
        idNumber.addClassName("console-reception-id");
        phone.setLabel(getTranslation("console.reception.phone"));
        phone.setMaxLength(20);
        phone.addClassName("console-reception-phone");
        consent.setLabel(getTranslation("console.reception.consent"));
        consent.addClassName("console-reception-consent");
        owner.setLabel(getTranslation("console.reception.owner"));
        owner.setHelperText(getTranslation("console.reception.owner-hint"));
        owner.setMaxLength(300);
        owner.addClassName("console-reception-owner");
        Div numbers = new Div(idNumber, phone);
        numbers.addClassName("console-reception-pair");
        add(scan, scanRefusal, scanned, name, numbers, consent, owner);
    }

    /** A good scan fills the name and ID number; a bad one fills nothing and says why beside the field. */
    private void read(String text) {
        try {
            IdCardScan card = IdCardScan.parse(text);
            name.setValue(card.fullName());
            idNumber.setValue(card.idNumber());
            scanned.setText(getTranslation("console.reception.scanned", DAY.format(card.birthDate()), card.sex(),
                    card.address(), DAY.format(card.issueDate())));
            scanned.setVisible(true);
            scanRefusal.clear();
            scan.clear();
            phone.focus();
        } catch (CounterRefusal refused) {
            scanRefusal.show(refused);
            scan.setValue(text);
            // Selected, so the next scan replaces the misread text instead of running on after it.
            scan.getElement().executeJs("this.inputElement && this.inputElement.select()");
        }
    }

    void focus() {
        scan.focus();
    }

    String name() {
        return name.getValue();
    }

    String idNumber() {
        return idNumber.getValue();
    }

    String phone() {
        return phone.getValue();
    }

    boolean consent() {
        return consent.getValue();
    }

    String owner() {
        return owner.getValue();
    }

    void clear() {
        for (TextField field : new TextField[] {scan, name, idNumber, phone, owner}) {
            field.clear();
        }
        consent.clear();
        scanned.setVisible(false);
        scanRefusal.clear();
    }
}
