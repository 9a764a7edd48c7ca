package vn.motcua.screens;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import vn.motcua.i18n.Translations;
import org.springframework.stereotype.Component;

/** Every screen opens in Vietnamese, whatever the browser asks for, unless the session chose another language. */
@Component
class DefaultLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            Locale chosen = session == null ? null : session.getAttribute(Locale.class);
            init.getUI().setLocale(chosen == null ? Translations.VIETNAMESE : chosen);
        });
    }
}
