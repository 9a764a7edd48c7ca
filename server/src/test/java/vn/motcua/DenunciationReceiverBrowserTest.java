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
import vn.motcua.security.DemoAccess;

/**
 * The settings screen in real Chromium: the admin names who receives denunciations; an account that is not a
 * manager's is refused in words and the field marked, a manager's is saved and on the audit trail.
 */
@BrowserTest
class DenunciationReceiverBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @AfterEach
    void everyManagerReceivesThem() {
        jdbc.sql("update center set denunciation_to = null").update();
    }

    @Test
    void theAdminNamesTheDirectorAfterAnOfficerIsRefused() {
        try (Browser admin = Browser.start("denunciation-to", "http://localhost:" + port, 1366, 768)) {
            admin.signIn("admin", DemoAccess.PASSWORD).open("/admin/settings");
            var receiver = admin.find(By.cssSelector("#setting-denunciation-to input"));
            receiver.sendKeys(Keys.chord(Keys.CONTROL, "a"), "CB02", Keys.TAB);
            admin.click(By.id("settings-save"));
            admin.waitForText(By.id("settings-result"), "Không có tài khoản lãnh đạo \"CB02\"");
            assertThat(admin.find(By.id("setting-denunciation-to")).getDomAttribute("invalid")).isNotNull();
            admin.screenshot("settings-denunciation-to-refused");
            assertThat(jdbc.sql("select denunciation_to from center").query(String.class).list())
                    .containsOnlyNulls();

            receiver.sendKeys(Keys.chord(Keys.CONTROL, "a"), "giamdoc", Keys.TAB);
            admin.click(By.id("settings-save"));
            admin.waitForText(By.id("settings-result"), "Đã lưu");
            admin.screenshot("settings-denunciation-to-saved");

            assertThat(jdbc.sql("select denunciation_to from center").query(String.class).single())
                    .isEqualTo("giamdoc");
            assertThat(jdbc.sql("select actor || ':' || detail from audit_record where subject = 'center.denunciation_to'"
                    + " order by id desc").query(String.class).list().getFirst()).isEqualTo("admin:- → giamdoc");
        }
    }
}
