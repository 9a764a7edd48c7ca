package vn.motcua.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All UI text, from one bundle per module (kiosk-ui, counter-ui, server). The base bundles are Vietnamese;
 * no fallback to the machine's locale, so a server set to English still greets visitors in Vietnamese.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final List<String> BUNDLES = List.of("i18n/kiosk", "i18n/counter", "i18n/server");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : VIETNAMESE;
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, language, getClass().getClassLoader(), NO_FALLBACK);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
            }
        }
        log.warn("Missing translation '{}' for {}", key, language);
        return "!" + key;
    }
}
