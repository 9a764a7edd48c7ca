package vn.motcua.kiosk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.motcua.kiosk.DossierPagePort.LookupAnswer;

/**
 * Looking a dossier up without its link: the code on the receipt and the last four digits of the phone on file. A
 * wrong pair and an unknown code get the same words, so the form tells nobody which codes exist.
 */
@AnonymousAllowed
@Route("hs")
@StyleSheet("styles/kiosk.css")
public class DossierLookupView extends Div implements HasDynamicTitle {

    private final DossierPagePort port;
    private final TextField code = new TextField();
    private final TextField phoneEnd = new TextField();
    private final Span answer = new Span();

    public DossierLookupView(DossierPagePort port) {
        this.port = port;
        addClassNames("tracking", "dossier-page");
        CenterInfo center = port.center();
        code.setLabel(getTranslation("dossier-lookup.code"));
        code.setId("dossier-lookup-code");
        code.setMaxLength(60);
        phoneEnd.setLabel(getTranslation("dossier-lookup.phone-end"));
        phoneEnd.setId("dossier-lookup-phone");
        phoneEnd.setMaxLength(4);
        phoneEnd.setAllowedCharPattern("[0-9]");
        phoneEnd.getElement().setAttribute("inputmode", "numeric");
        Button find = new Button(getTranslation("dossier-lookup.find"), click -> lookUp());
        find.setId("dossier-lookup-find");
        find.addClassName("dossier-lookup-find");
        answer.addClassName("dossier-lookup-answer");
        answer.setVisible(false);
        Div form = new Div(new H2(getTranslation("dossier-lookup.title")),
                DossierPageView.line("dossier-lookup-hint", getTranslation("dossier-lookup.hint")),
                code, phoneEnd, find, answer);
        form.addClassNames("dossier-card", "dossier-lookup");
        add(new H1(center.name()), form, new Hotlines(center, Hotlines.Numbers.DIALLABLE));
    }

    private void lookUp() {
        VaadinSession session = VaadinSession.getCurrent();
        String client = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
        LookupAnswer found = port.lookUp(code.getValue(), phoneEnd.getValue(), client);
        switch (found.outcome()) {
            case FOUND -> getUI().ifPresent(ui -> ui.navigate("hs/" + found.token()));
            case NO_MATCH -> say(getTranslation("dossier-lookup.no-match"));
            case TOO_MANY_TRIES -> say(getTranslation("dossier-lookup.too-many"));
        }
    }

    private void say(String words) {
        answer.setText(words);
        answer.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dossier-lookup.title");
    }
}
