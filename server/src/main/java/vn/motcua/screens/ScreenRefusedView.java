package vn.motcua.screens;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.security.Accounts;

/**
 * What a signed-in person sees when their role may not open a screen (the navigation check refuses it): who they
 * are, that this role may not open it, and the way back to the start page or to sign in as someone else.
 */
@StyleSheet("styles/admin.css")
@StyleSheet("styles/board.css")
public class ScreenRefusedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        String who = Accounts.current().map(user -> getTranslation("refused.who", user.fullName(),
                getTranslation("role." + user.role().name()))).orElse(getTranslation("refused.nobody"));
        add(new WayBack(getTranslation("refused.title"),
                getTranslation("refused.why", "/" + event.getLocation().getPath(), who))
                .link("way-back", "/", getTranslation("way-back.home"))
                .link("refused-sign-in", "/login", getTranslation("refused.sign-in")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("refused.title");
    }
}
