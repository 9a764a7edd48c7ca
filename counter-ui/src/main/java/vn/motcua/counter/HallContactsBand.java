package vn.motcua.counter;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import vn.motcua.counter.HallBoardPort.HallContacts;
import vn.motcua.counter.HallBoardPort.Leader;

/**
 * The hall board's foot: a QR code to the feedback form with the words to scan it, and the center's and leaders'
 * hotlines (seed 000), in letters meant to be read from across the hall.
 */
final class HallContactsBand extends Div {

    HallContactsBand(HallContacts contacts) {
        addClassName("hall-contacts");
        Image qr = new Image(contacts.feedbackQr(), getTranslation("display.hall.feedback-qr-alt"));
        qr.addClassName("hall-feedback-qr");
        Span scan = new Span(getTranslation("display.hall.feedback-scan"));
        scan.addClassName("hall-feedback-scan");
        Div feedback = new Div(qr, scan);
        feedback.addClassName("hall-feedback");
        Span title = new Span(getTranslation("display.hall.hotlines"));
        title.addClassName("hall-hotlines-title");
        Div list = new Div(entry(getTranslation("display.hall.hotline-center"), null, contacts.hotline()));
        list.addClassName("hall-hotline-list");
        for (Leader leader : contacts.leaders()) {
            list.add(entry(leader.title(), leader.fullName(), leader.phone()));
        }
        Div hotlines = new Div(title, list);
        hotlines.addClassName("hall-hotlines");
        add(feedback, hotlines);
    }

    private static Div entry(String who, String name, String phone) {
        Span title = new Span(who);
        title.addClassName("hall-hotline-who");
        Div entry = new Div(title);
        entry.addClassName("hall-hotline");
        if (name != null) {
            Span person = new Span(name);
            person.addClassName("hall-hotline-name");
            entry.add(person);
        }
        Span number = new Span(phone);
        number.addClassName("hall-hotline-phone");
        entry.add(number);
        return entry;
    }
}
