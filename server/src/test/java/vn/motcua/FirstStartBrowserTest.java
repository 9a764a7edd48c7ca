package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.kiosk.KioskHours;
import vn.motcua.kiosk.KioskPort;
import vn.motcua.queue.CarryOver;

/**
 * A real center's first start: the production profile on an empty database (no center, no calendar, no services).
 * It starts, leads the admin to the set-up, keeps the kiosk closed, and every screen a person opens works; the timed
 * jobs do not fail every minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "vaadin.devmode.liveReload.enabled=false",
        "motcua.admin.initial-password=" + FirstStartBrowserTest.PASSWORD})
@ActiveProfiles({"test", "production"})
@ExtendWith(OutputCaptureExtension.class)
class FirstStartBrowserTest {

    static final String PASSWORD = "bat-dau-2026";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CarryOver carryOver;
    @Autowired
    KioskPort kiosk;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @Test
    void anEmptyDatabaseStartsAsACenterWaitingForSetUp(CapturedOutput output) {
        assertThat(jdbc.sql("select name from center").query(String.class).list())
                .containsExactly("Trung tâm chưa được thiết lập");
        assertThat(jdbc.sql("select count(*) from center_service").query(Long.class).single()).isZero();
        assertThat(output).contains("made an empty center").doesNotContain("No admin account yet");

        try (Browser browser = Browser.start("first-start", "http://localhost:" + port, 1366, 768)) {
            browser.open("/login");
            browser.find(By.cssSelector("vaadin-login-form"));
            browser.screenshot("first-start-login");
            // The admin is led to the set-up: four steps to do, the first marked next; the kiosk issues nothing yet.
            browser.signIn("admin", PASSWORD).open("/");
            browser.waitForPageText("Còn 4 bước nữa");
            assertThat(browser.find(By.cssSelector(".setup-next a")).getAttribute("href")).endsWith("/admin/center");
            browser.screenshot("first-start-setup");
            browser.open("/t/khongco");
            browser.waitUntilIdle();
            browser.open("/board");
            browser.waitUntilIdle();
            browser.screenshot("first-start-board");
        }
        assertThat(kiosk.hours().issuing()).isEqualTo(KioskHours.Issuing.SETTING_UP);
        assertThat(kiosk.hours().issues()).isFalse();
        // No working hours at all: the end-of-day job has nothing to do and says nothing is wrong.
        assertThat(carryOver.run(Instant.now())).isEmpty();
        // (A push to a browser that has just navigated away is logged as an error by the push library: not ours.)
        assertThat(output).doesNotContain("There was an exception").doesNotContain("No center profile");
        assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ") && line.contains("vn.motcua")))
                .isEmpty();
    }
}
