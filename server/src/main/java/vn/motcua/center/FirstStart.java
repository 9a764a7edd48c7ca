package vn.motcua.center;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.i18n.Translations;

/**
 * A real center's first start, on an empty database: every screen and the printed ticket read the center's row, so
 * one is made before the first request, named so that everyone sees the center still waits for set-up (no services,
 * no counters, no working hours: the kiosk offers nothing and the queue stays empty until an admin sets it up).
 */
@Component
class FirstStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final JdbcClient jdbc;
    private final Translations translations;

    FirstStart(JdbcClient jdbc, Translations translations) {
        this.jdbc = jdbc;
        this.translations = translations;
    }

    /** Runs once the database is migrated, before the web server and the timed jobs start. */
    @Override
    public void afterSingletonsInstantiated() {
        String name = translations.getTranslation("center.waiting-for-setup", Translations.VIETNAMESE);
        // Columns left out take their defaults from the migrations; "not exists" keeps an existing center untouched.
        int made = jdbc.sql("insert into center (id, name, hotline) select 1, ?, '' where not exists (select 1 from center)")
                .param(name).update();
        if (made > 0) {
            log.warn("First start on an empty database: made an empty center '{}' that waits for set-up. Sign in as"
                    + " admin and enter the center, its working calendar, services and counters before the kiosk"
                    + " can issue tickets.", name);
        }
    }
}
