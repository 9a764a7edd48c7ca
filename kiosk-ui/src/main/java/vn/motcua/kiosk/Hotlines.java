package vn.motcua.kiosk;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import vn.motcua.kiosk.CenterInfo.Leader;

/**
 * The center's hotline and its leaders' hotlines, at the foot of every kiosk step and of the phone page: seed 000
 * wants the leaders' numbers posted where citizens see them, so a visitor can report a problem to someone who answers.
 * On a phone it also links the center's published results (/cong-khai).
 */
final class Hotlines extends Footer {

    /** On a phone a number is a link that dials it; a kiosk has nothing to dial with, so it shows plain text. */
    enum Numbers {
        TEXT, DIALLABLE
    }

    Hotlines(CenterInfo center, Numbers numbers) {
        addClassName("kiosk-hotlines");
        Span title = new Span(getTranslation("kiosk.hotlines"));
        title.addClassName("kiosk-hotlines-title");
        Div list = new Div();
        list.addClassName("kiosk-hotline-list");
        list.add(entry(getTranslation("kiosk.hotline.center"), null, center.hotline(), numbers));
        for (Leader leader : center.leaders()) {
            list.add(entry(leader.title(), leader.fullName(), leader.phone(), numbers));
        }
        add(title, list);
        if (numbers == Numbers.DIALLABLE) {
            // Seed 003: the rankings and confirmed violations are public; a citizen's phone is where to find them.
            Anchor results = new Anchor("/cong-khai", getTranslation("kiosk.public-results"));
            results.addClassName("kiosk-public-results");
            add(results);
        }
    }

    private static Div entry(String who, String name, String phone, Numbers numbers) {
        Span title = new Span(who);
        title.addClassName("kiosk-hotline-who");
        Div entry = new Div(title);
        entry.addClassName("kiosk-hotline");
        if (name != null) {
            Span person = new Span(name);
            person.addClassName("kiosk-hotline-name");
            entry.add(person);
        }
        HtmlContainer number = numbers == Numbers.DIALLABLE
                ? new Anchor("tel:" + phone.replaceAll("[^0-9+]", ""), phone)
                : new Span(phone);
        number.addClassName("kiosk-hotline-phone");
        entry.add(number);
        return entry;
    }
}
