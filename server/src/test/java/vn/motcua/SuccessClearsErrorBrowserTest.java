package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.audit.Actor;
import vn.motcua.security.DemoAccess;
import vn.motcua.security.DevicePairing;
import vn.motcua.security.DeviceRole;

/** On the admin screens a success replaces the error shown before it: nothing refused stays on screen after it. */
@BrowserTest
class SuccessClearsErrorBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    DevicePairing pairing;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @AfterEach
    void backToFourFaces() {
        jdbc.sql("update center set rating_scale = 4").update();
    }

    @Test
    void revokingADeviceAfterAWrongCodeLeavesNoErrorBehind() {
        pairing.pair(DeviceRole.PAD, 2, "Bảng thử quầy 2", Actor.user("admin"));
        long device = pairing.devices().stream().filter(d -> d.getName().equals("Bảng thử quầy 2") && !d.isRevoked())
                .findFirst().orElseThrow().getId();
        try (Browser admin = Browser.start("device-admin-clears", "http://localhost:" + port, 1366, 768)) {
            admin.signIn("admin", DemoAccess.PASSWORD).open("/admin/devices");
            admin.find(By.cssSelector("#pairing-code-input input")).sendKeys("000000");
            admin.click(By.id("pairing-approve"));
            assertThat(admin.waitForText(By.id("pairing-result"), "").getDomAttribute("data-outcome"))
                    .isEqualTo("refused");

            admin.click(By.id("revoke-" + device));
            admin.waitForText(By.id("pairing-result"), "Bảng thử quầy 2");
            assertThat(admin.find(By.id("pairing-result")).getDomAttribute("data-outcome")).isEqualTo("revoked");
            admin.screenshot("device-admin-revoked-after-refusal");
        }
    }

    @Test
    void savingGoodSettingsAfterABadOneLeavesNoFieldMarkedWrong() {
        try (Browser admin = Browser.start("settings-clears", "http://localhost:" + port, 1366, 768)) {
            admin.signIn("admin", DemoAccess.PASSWORD).open("/admin/settings");
            var scale = admin.find(By.cssSelector("#setting-rating-scale input"));
            scale.sendKeys(Keys.chord(Keys.CONTROL, "a"), "9");
            admin.click(By.id("settings-save"));
            admin.waitForText(By.id("settings-result"), "Chưa lưu thay đổi nào");

            scale.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
            admin.click(By.id("settings-save"));
            admin.waitForText(By.id("settings-result"), "Đã lưu");
            assertThat(admin.find(By.id("setting-rating-scale")).getDomAttribute("invalid")).isNull();
            admin.screenshot("settings-saved-after-refusal");
        }
    }
}
