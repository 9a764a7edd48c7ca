package vn.motcua.counter;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The counter screens' own bundle, Vietnamese unless English is asked for, as the server serves it. */
public class CounterTexts implements I18NProvider {

    static final Locale VIETNAMESE = Locale.of("vi");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/counter", language, getClass().getClassLoader(),
                NO_FALLBACK);
        if (!bundle.containsKey(key)) {
            // A key the screens use but the bundle lacks fails the test that reads it.
            return "!" + key;
        }
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
    }
}
