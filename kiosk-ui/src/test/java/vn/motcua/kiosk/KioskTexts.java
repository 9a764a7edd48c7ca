package vn.motcua.kiosk;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The kiosk's own bundle, as the server's provider reads it: Vietnamese unless English is asked for, so the views
 * are tested with the words a visitor reads. A missing key shows as !key, which no assertion expects.
 */
final class KioskTexts implements I18NProvider {

    private static final Locale VIETNAMESE = Locale.of("vi");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Locale.ENGLISH : VIETNAMESE;
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/kiosk", language, NO_FALLBACK);
        if (!bundle.containsKey(key)) {
            return "!" + key;
        }
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
    }
}
