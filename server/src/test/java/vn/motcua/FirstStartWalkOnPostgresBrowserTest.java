package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.motcua.kiosk.KioskHours;
import vn.motcua.kiosk.KioskPort;
import vn.motcua.postgres.PostgresServer;

/**
 * A real center's first start on an empty PostgreSQL database (production profile, no demo data): the first admin is
 * led through the center, the calendar, the services and the counters on the admin screens, in real Chromium, and
 * the kiosk opens only once the last step is done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "vaadin.devmode.liveReload.enabled=false",
        "motcua.admin.initial-password=" + FirstStartWalkOnPostgresBrowserTest.PASSWORD})
@ActiveProfiles(value = {"postgresql", "test", "production"}, inheritProfiles = false)
@ContextConfiguration(initializers = FirstStartWalkOnPostgresBrowserTest.EmptyDatabase.class)
class FirstStartWalkOnPostgresBrowserTest {

    static final String PASSWORD = "bat-dau-2026";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KioskPort kiosk;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @Test
    void theFirstAdminSetsUpTheCenterStepByStepAndTheKioskOpensAfterTheLast() {
        assertThat(jdbc.sql("select count(*) from center_service").query(Long.class).single()).isZero();
        try (Browser admin = Browser.start("first-walk", "http://localhost:" + port, 1366, 900)) {
            admin.signIn("admin", PASSWORD).open("/");
            admin.waitForPageText("Còn 4 bước nữa");

            admin.click(By.id("setup-step-center"));
            admin.retype("center-name", "Trung tâm Phục vụ hành chính công xã Hòa An");
            admin.retype("center-hotline", "0263 382 1234");
            admin.click(By.id("center-save"));
            admin.waitForText(By.id("center-result"), "Đã lưu");
            nextStep(admin, "Còn 3 bước nữa", "setup-step-calendar");

            admin.choose("Thứ", "Thứ Hai");
            admin.retype("calendar-weekday-opens", "07:30");
            admin.retype("calendar-weekday-closes", "17:00");
            admin.click(By.id("calendar-weekday-save"));
            admin.waitForText(By.id("calendar-result"), "Đã lưu giờ làm việc Thứ Hai.");
            nextStep(admin, "Còn 2 bước nữa", "setup-step-services");

            admin.retype("field-code", "TP");
            admin.retype("field-name", "Tư pháp – Hộ tịch");
            admin.click(By.id("field-save"));
            admin.waitForText(By.id("field-result"), "Đã lưu lĩnh vực TP");
            admin.retype("service-code", "HT-KS");
            admin.retype("service-name", "Đăng ký khai sinh");
            admin.pick("service-field", "Tư pháp", "Tư pháp – Hộ tịch");
            admin.retype("service-letter", "A");
            admin.click(By.id("service-save"));
            admin.waitForText(By.id("service-result"), "Đã lưu dịch vụ HT-KS");
            assertThat(kiosk.hours().issuing()).isEqualTo(KioskHours.Issuing.SETTING_UP);
            nextStep(admin, "Còn 1 bước nữa", "setup-step-counters");

            admin.retype("counter-number", "1");
            admin.retype("counter-name", "Quầy 1");
            admin.pick("counter-add-service", "khai sinh", "A · Đăng ký khai sinh");
            admin.click(By.id("counter-add"));
            admin.click(By.id("counter-save"));
            admin.waitForText(By.id("counter-result"), "Đã lưu quầy số 1");

            admin.open("/admin/setup");
            admin.waitForPageText("Đã thiết lập xong");
            admin.screenshot("first-walk-done");
            admin.open("/");
            admin.waitForPageText("Trung tâm Phục vụ hành chính công xã Hòa An");
        }
        assertThat(kiosk.hours().issuing()).isNotEqualTo(KioskHours.Issuing.SETTING_UP);
        assertThat(kiosk.services()).extracting(KioskPort.ServiceChoice::code).containsExactly("HT-KS");
        assertThat(jdbc.sql("select count(*) from audit_record where actor = 'admin' and action in"
                + " ('SETTING_CHANGED', 'CALENDAR_CHANGED', 'FIELD_ADDED', 'SERVICE_ADDED', 'COUNTER_ADDED')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    /** Back to the set-up page: one step fewer to do, then on to the next step's screen. */
    private static void nextStep(Browser admin, String left, String step) {
        admin.open("/admin/setup");
        admin.waitForPageText(left);
        admin.screenshot("first-walk-" + step);
        admin.click(By.id(step));
    }



    /** A fresh PostgreSQL database with the schema only: no demo center, as a real center's first start. */
    static class EmptyDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            PostgresServer server = PostgresServer.get();
            String database = server.createDatabase();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("emptyPostgres", Map.of(
                    "spring.datasource.url", server.jdbcUrl(database),
                    "spring.datasource.username", server.username(),
                    "spring.datasource.password", server.password(),
                    "spring.flyway.locations", "classpath:db/migration")));
        }
    }
}
