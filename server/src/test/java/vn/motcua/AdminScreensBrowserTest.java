package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.audit.Actor;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.DossierCutoffs;
import vn.motcua.security.DemoAccess;

/**
 * Sign-in, the start page, settings and the audit trail in real Chromium: a wrong password is refused and
 * recorded, an admin changes the rating scale and the audit trail names who made the change.
 */
@BrowserTest
class AdminScreensBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @Autowired
    CenterSettings settings;

    @AfterEach
    void backToFourFaces() {
        jdbc.sql("update center set rating_scale = 4").update();
        // Through the service, so the due dates' copy of the cut-offs is dropped too.
        settings.changeDossierCutoffs(new DossierCutoffs(LocalTime.of(15, 0), LocalTime.of(15, 0)), Actor.SYSTEM);
    }

    @Test
    void aWrongPasswordIsRefusedAndRecorded() {
        try (Browser browser = Browser.start("login", "http://localhost:" + port, 1366, 768)) {
            browser.open("/counter");
            browser.waitForPageText("Tên đăng nhập");
            browser.find(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys("CB01");
            browser.find(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys("wrong", Keys.ENTER);
            browser.waitForPageText("Sai tên đăng nhập hoặc mật khẩu");
            browser.screenshot("login-refused");

            assertThat(jdbc.sql("select count(*) from audit_record where action = 'SIGN_IN_FAILED' and actor = 'CB01'")
                    .query(Long.class).single()).isPositive();
        }
    }

    @Test
    void anAdminChangesTheRatingScaleAndTheAuditTrailSaysWho() {
        String base = "http://localhost:" + port;
        try (Browser admin = Browser.start("admin", base, 1366, 768)) {
            admin.signIn("admin", DemoAccess.PASSWORD);
            admin.waitForPageText("Đang đăng nhập: Quản trị hệ thống (Quản trị hệ thống)");
            admin.screenshot("home-admin");

            admin.open("/admin/settings");
            var scale = admin.find(By.cssSelector("#setting-rating-scale input"));
            scale.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
            var cutoff = admin.find(By.cssSelector("#setting-dossier-cutoff input"));
            cutoff.sendKeys(Keys.chord(Keys.CONTROL, "a"), "16:30", Keys.TAB);
            admin.click(By.id("settings-save"));
            admin.waitForText(By.id("settings-result"), "Đã lưu");
            admin.screenshot("settings");

            assertThat(jdbc.sql("select rating_scale from center").query(Integer.class).single()).isEqualTo(5);
            assertThat(jdbc.sql("select dossier_cutoff from center").query(LocalTime.class).single())
                    .isEqualTo(LocalTime.of(16, 30));

            admin.open("/audit");
            admin.waitForText(By.id("audit-records"), "Số mức đánh giá trên bảng đánh giá");
            admin.waitForText(By.id("audit-records"), "4 → 5");
            admin.screenshot("audit");
            assertThat(jdbc.sql("select actor from audit_record where subject = 'center.rating_scale' order by id desc")
                    .query(String.class).list().getFirst()).isEqualTo("admin");
        }
    }
}
