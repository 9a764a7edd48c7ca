package vn.motcua.screens;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** An address with no screen: says so in words, with the way back to the start page (never the list of routes). */
@StyleSheet("styles/admin.css")
@StyleSheet("styles/board.css")
public class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new WayBack(getTranslation("not-found.title"),
                getTranslation("not-found.why", "/" + event.getLocation().getPath()))
                .link("way-back", "/", getTranslation("way-back.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title");
    }
}
