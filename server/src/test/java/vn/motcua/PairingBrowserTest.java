package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.security.DemoAccess;

/**
 * Pairing as it happens in a hall, in two real Chromium windows: a fresh browser opened on /kiosk shows a code,
 * the admin types it in at their desk, the kiosk opens by itself; the admin revokes it and it is back to a code.
 */
@BrowserTest
class PairingBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @Test
    void anAdminPairsAKioskByItsCodeAndRevokesIt() {
        String base = "http://localhost:" + port;
        try (Browser kiosk = Browser.start("pairing-kiosk", base, 1080, 1920);
                Browser admin = Browser.start("pairing-admin", base, 1366, 768)) {
            kiosk.open("/kiosk");
            String code = kiosk.waitForText(By.id("pairing-code"), " ").getText().replace(" ", "");
            assertThat(code).matches("\\d{6}");
            kiosk.screenshot("pairing-code");

            admin.signIn("admin", DemoAccess.PASSWORD).open("/admin/devices");
            admin.waitForPageText(code.substring(0, 3));
            admin.find(By.cssSelector("#pairing-code-input input")).sendKeys(code);
            admin.find(By.cssSelector("#pairing-name-input input")).sendKeys("Kiosk cửa chính");
            admin.click(By.id("pairing-approve"));
            admin.waitForText(By.id("pairing-result"), "Kiosk cửa chính");
            admin.screenshot("pairing-admin");

            // The kiosk was told by push, fetched its token and is now the kiosk, with no one touching it.
            kiosk.waitForText(By.tagName("body"), "Bình Yên");
            assertThat(kiosk.all(By.id("pairing-code"))).isEmpty();
            assertThat(jdbc.sql("select count(*) from audit_record where action = 'DEVICE_PAIRED' and subject like ?")
                    .param("%Kiosk cửa chính%").query(Long.class).single()).isEqualTo(1);

            // A second browser cannot reuse the code.
            admin.find(By.cssSelector("#pairing-code-input input")).sendKeys(code);
            admin.click(By.id("pairing-approve"));
            admin.waitForText(By.id("pairing-result"), "hết hạn");

            long deviceId = jdbc.sql("select id from paired_device where name = 'Kiosk cửa chính'").query(Long.class)
                    .single();
            admin.click(By.id("revoke-" + deviceId));
            kiosk.waitForText(By.tagName("body"), "Ghép nối thiết bị");
            assertThat(kiosk.find(By.id("pairing-code")).getText().replace(" ", "")).matches("\\d{6}");
        }
    }
}
