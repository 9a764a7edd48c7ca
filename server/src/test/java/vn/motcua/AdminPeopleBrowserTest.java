package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.security.DemoAccess;

/**
 * The admin screens for the center, units and officers in real Chromium (issue 18): each creates something, refuses
 * bad input in Vietnamese words, and the audit trail shows the change with its old and new value.
 */
@BrowserTest
class AdminPeopleBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    /** Other tests of this database read the demo's center, leaders, heads and officers. */
    @AfterEach
    void backToTheDemo() {
        jdbc.sql("update center set hotline = '0243 868 1900'").update();
        jdbc.sql("delete from center_leader where full_name = 'Đỗ Thị Hoa'").update();
        jdbc.sql("update center_leader set sort_order = 3 where full_name = 'Lê Quang Hải'").update();
        jdbc.sql("update user_account set role = 'OFFICER', unit_id = null where username = 'CB03'").update();
        jdbc.sql("update user_account set role = 'UNIT_HEAD', unit_id = (select id from unit where code = 'KT')"
                + " where username = 'CB02'").update();
        jdbc.sql("delete from user_account where username like 'T18%'").update();
        jdbc.sql("delete from officer where code like 'T18%'").update();
        jdbc.sql("delete from unit where code like 'T18%'").update();
    }

    @Test
    void theAdminKeepsTheCenterAndItsLeadersAndAHotlineNobodyCouldDialIsRefused() {
        try (Browser admin = start("admin-center"); Browser hall = start("admin-center-hall")) {
            hall.openAsDevice("demo-hall", "/display/hall");
            hall.waitForText(By.className("hall-hotline-list"), "0243 868 1900");
            admin.signIn("admin", DemoAccess.PASSWORD).open("/");
            admin.click(By.cssSelector("a.home-link[href='/admin/center']"));
            admin.waitForText(By.tagName("h1"), "Thông tin trung tâm và lãnh đạo");
            assertThat(admin.find(By.id("center-link-duty")).getDomAttribute("href")).isEqualTo("/admin/duty");

            retype(admin, "#center-hotline input", "0243 86B 1900");
            admin.click(By.id("center-save"));
            admin.waitForText(By.id("center-result"), "„0243 86B 1900\" không phải là số điện thoại");
            admin.screenshot("admin-center-refused");
            retype(admin, "#center-hotline input", "0243 868 2000");
            admin.click(By.id("center-save"));
            admin.waitForText(By.id("center-result"), "Đã lưu");
            // The hall board runs for weeks: it reloads by itself to post the new hotline.
            hall.waitForText(By.className("hall-hotline-list"), "0243 868 2000");

            admin.find(By.cssSelector("#leader-title input")).sendKeys("Phó Giám đốc Trung tâm");
            admin.find(By.cssSelector("#leader-name input")).sendKeys("Đỗ Thị Hoa");
            admin.find(By.cssSelector("#leader-phone input")).sendKeys("0915 000 111");
            admin.click(By.id("leader-add"));
            admin.waitForText(By.id("leader-result"), "Đã thêm Phó Giám đốc Trung tâm Đỗ Thị Hoa");
            admin.click(By.cssSelector("tr[data-name='Đỗ Thị Hoa'] .leader-up"));
            admin.waitForText(By.cssSelector("#leaders tbody tr:nth-child(3)"), "Đỗ Thị Hoa");
            admin.screenshot("admin-center");
            hall.waitForText(By.className("hall-hotline-list"), "Đỗ Thị Hoa");
            hall.screenshot("admin-center-hall");
            // Every number posted shows whole, the fifth line (the center and four leaders) too.
            Object cut = ((JavascriptExecutor) ((WrapsDriver) hall.find(By.tagName("body"))).getWrappedDriver())
                    .executeScript("return [...document.querySelectorAll('.hall-hotline')].filter(box =>"
                            + " box.scrollWidth > box.clientWidth || box.getBoundingClientRect().bottom >"
                            + " document.querySelector('.hall-contacts').getBoundingClientRect().bottom + 1)"
                            + ".map(box => box.textContent);");
            assertThat((List<?>) cut).as("hotlines cut off on the hall board").isEmpty();
            assertThat(jdbc.sql("select hotline from center").query(String.class).single()).isEqualTo("0243 868 2000");

            admin.open("/audit");
            admin.waitForText(By.id("audit-records"), "Đường dây nóng của trung tâm");
            admin.waitForText(By.id("audit-records"), "0243 868 1900 → 0243 868 2000");
            admin.waitForText(By.id("audit-records"), "Lãnh đạo Đỗ Thị Hoa");
            admin.waitForText(By.id("audit-records"), "4 → 3");
            admin.screenshot("admin-center-audit");
        }
    }

    @Test
    void theAdminAddsAUnitAndNamesItsHeadAndADuplicateCodeOrAHeadFromAnotherUnitIsRefused() {
        try (Browser admin = start("admin-units")) {
            admin.signIn("admin", DemoAccess.PASSWORD).open("/admin/units");
            admin.find(By.cssSelector("#unit-code input")).sendKeys("KT");
            admin.find(By.cssSelector("#unit-name input")).sendKeys("Phòng Kinh tế hai");
            admin.click(By.id("unit-add"));
            admin.waitForText(By.id("units-result"), "Mã bộ phận KT đã có; xin chọn mã khác.");
            retype(admin, "#unit-code input", "T18MC");
            retype(admin, "#unit-name input", "Tổ Một cửa liên thông");
            admin.click(By.id("unit-add"));
            admin.waitForText(By.id("units-result"), "Đã thêm bộ phận T18MC Tổ Một cửa liên thông");
            admin.waitForText(By.cssSelector("tr[data-code='T18MC']"), "Chưa có trưởng bộ phận");

            admin.choose("Bộ phận", "KT Phòng Kinh tế");
            admin.choose("Cán bộ làm trưởng bộ phận", "CB01 Nguyễn Thị Hương (TP)");
            admin.click(By.id("head-appoint"));
            admin.waitForText(By.id("units-result"), "CB01 Nguyễn Thị Hương thuộc bộ phận TP Phòng Tư pháp – Hộ tịch,"
                    + " không thuộc bộ phận này");
            admin.screenshot("admin-units-refused");
            admin.choose("Cán bộ làm trưởng bộ phận", "CB03 Lê Minh Tuấn (KT)");
            admin.click(By.id("head-appoint"));
            admin.waitForText(By.id("units-result"), "Đã giao CB03 Lê Minh Tuấn làm trưởng bộ phận KT Phòng Kinh tế");
            admin.waitForText(By.cssSelector("tr[data-code='KT']"), "CB03 Lê Minh Tuấn");
            admin.screenshot("admin-units");

            admin.open("/audit");
            admin.waitForText(By.id("audit-records"), "Đổi trưởng bộ phận");
            admin.waitForText(By.id("audit-records"), "CB02 Trần Văn Đức → CB03 Lê Minh Tuấn");
            admin.waitForText(By.id("audit-records"), "Bộ phận T18MC");
            admin.screenshot("admin-units-audit");
        }
    }

    @Test
    void theAdminAddsAnOfficerGivesThemAnAccountMovesThemAndMarksThemLeft() {
        try (Browser admin = start("admin-officers")) {
            admin.signIn("admin", DemoAccess.PASSWORD).open("/admin/officers");
            admin.find(By.cssSelector("#officer-code input")).sendKeys("T18-31");
            admin.find(By.cssSelector("#officer-name input")).sendKeys("Trịnh Văn Khoa");
            admin.click(By.id("officer-add"));
            admin.waitForText(By.id("officers-result"), "Xin chọn một bộ phận có trong danh sách.");
            admin.choose("Bộ phận", "VHXH Phòng Văn hóa – Xã hội");
            retype(admin, "#officer-code input", "CB01");
            admin.click(By.id("officer-add"));
            admin.waitForText(By.id("officers-result"), "Mã cán bộ CB01 đã có; xin chọn mã khác.");
            admin.screenshot("admin-officers-refused");
            retype(admin, "#officer-code input", "T18-31");
            admin.choose("Loại cán bộ", "Lao động hợp đồng");
            admin.click(By.id("officer-add"));
            admin.waitForText(By.id("officers-result"), "Đã thêm cán bộ T18-31 Trịnh Văn Khoa");

            String row = "tr[data-code='T18-31']";
            admin.waitForText(By.cssSelector(row), "Chưa có tài khoản");
            admin.click(By.cssSelector(row + " .officer-account"));
            WebElement said = admin.waitForText(By.id("officers-result"), "Tài khoản T18-31: mật khẩu ");
            assertThat(said.getText()).matches("Tài khoản T18-31: mật khẩu \\S{12}\\. .*");
            admin.click(By.cssSelector(row + " .officer-edit"));
            admin.choose("Bộ phận", "CA Công an xã");
            admin.click(By.id("officer-save"));
            admin.waitForText(By.id("officers-result"), "Đã lưu");
            admin.waitForText(By.cssSelector(row), "CA Công an xã");
            admin.click(By.cssSelector(row + " .officer-leave"));
            admin.waitForText(By.id("officers-result"), "T18-31 Trịnh Văn Khoa được đánh dấu đã nghỉ việc");
            admin.waitForText(By.cssSelector(row), "Đã nghỉ từ");
            admin.waitForText(By.cssSelector(row), "Đã khoá");
            admin.screenshot("admin-officers");
            assertThat(jdbc.sql("select count(*) from officer where code = 'T18-31' and left_on is not null")
                    .query(Long.class).single()).isEqualTo(1);

            admin.open("/audit");
            admin.waitForText(By.id("audit-records"), "Chuyển cán bộ sang bộ phận khác");
            admin.waitForText(By.id("audit-records"), "Cán bộ T18-31");
            admin.waitForText(By.id("audit-records"), "VHXH Phòng Văn hóa – Xã hội → CA Công an xã");
            admin.waitForText(By.id("audit-records"), "Lao động hợp đồng");
            admin.screenshot("admin-officers-audit");
        }
    }

    private Browser start(String name) {
        return Browser.start(name, "http://localhost:" + port, 1366, 1000);
    }

    private static void retype(Browser browser, String css, String text) {
        WebElement field = browser.find(By.cssSelector(css));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text);
    }
}
