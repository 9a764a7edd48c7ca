package vn.motcua.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final Translations translations = new Translations();

    @ParameterizedTest
    @ValueSource(strings = {"i18n/kiosk", "i18n/counter", "i18n/server"})
    void englishHasEveryVietnameseKeyAndNoOther(String bundle) throws IOException {
        Properties vietnamese = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");
        assertThat(vietnamese).isNotEmpty();
        assertThat(english.stringPropertyNames()).isEqualTo(vietnamese.stringPropertyNames());
    }

    @Test
    void vietnameseIsTheDefaultWhateverTheMachineLocale() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(translations.getTranslation("kiosk.step.service", Locale.of("vi"))).isEqualTo("Mời ông/bà chọn dịch vụ");
            assertThat(translations.getTranslation("kiosk.step.service", Locale.FRENCH)).isEqualTo("Mời ông/bà chọn dịch vụ");
            assertThat(translations.getTranslation("kiosk.step.service", Locale.US)).isEqualTo("Please choose a service");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void parametersAreFilledIn() {
        assertThat(translations.getTranslation("tracking.called", Translations.VIETNAMESE, 3)).isEqualTo("Mời ông/bà đến quầy số 3");
        assertThat(translations.getTranslation("kiosk.hotline", Translations.ENGLISH, "0243 868 1900"))
                .isEqualTo("Center's hotline: 0243 868 1900");
    }

    @Test
    void noWaitIsSaidInWordsNotAsZeroMinutes() {
        assertThat(translations.getTranslation("kiosk.ticket.wait", Translations.VIETNAMESE, 0L)).isEqualTo("Sắp đến lượt ông/bà");
        assertThat(translations.getTranslation("kiosk.ticket.wait", Translations.VIETNAMESE, 12L))
                .isEqualTo("Thời gian chờ dự kiến: khoảng 12 phút");
    }

    @Test
    void aMissingKeyIsVisibleNotBlank() {
        assertThat(translations.getTranslation("no.such.key", Translations.VIETNAMESE)).isEqualTo("!no.such.key");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
