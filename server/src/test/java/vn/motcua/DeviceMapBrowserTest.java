package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.device.DeviceEntry;
import vn.motcua.device.DeviceKind;
import vn.motcua.device.DeviceMap;
import vn.motcua.device.DeviceMapReset;
import vn.motcua.security.DemoAccess;

/**
 * The device map in real Chromium: an admin moves counter 3's LED display to another address, adds a counter
 * printer (told it applies at restart), is refused an address out of range and a counter that does not exist in
 * words, and finds the changes on the audit trail.
 */
@BrowserTest
class DeviceMapBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeviceMap map;

    private List<DeviceEntry> found;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @BeforeEach
    void remember() {
        found = map.list();
    }

    @AfterEach
    void putBack() {
        DeviceMapReset.putBack(map, jdbc, found);
    }

    @Test
    void anAdminKeepsTheDeviceMapIsRefusedInWordsAndFindsItOnTheAuditTrail() {
        try (Browser admin = Browser.start("device-map", "http://localhost:" + port, 1366, 900)) {
            admin.signIn("admin", DemoAccess.PASSWORD).open("/");
            admin.click(By.cssSelector("a.home-link[href='/admin/device-map']"));
            admin.waitForText(By.cssSelector("#device-map tr[data-device='COUNTER_DISPLAY-3']"), "35 (0x23)");
            admin.waitForPageText("Đường truyền màn hình LED: mô phỏng");

            fill(admin, "device-address", "300");
            fill(admin, "device-counter", "3");
            admin.click(By.id("device-save"));
            admin.waitForText(By.id("device-map-result"), "Địa chỉ 300 không hợp lệ: phải từ 32 đến 255.");
            fill(admin, "device-address", "120");
            fill(admin, "device-counter", "99");
            admin.click(By.id("device-save"));
            admin.waitForText(By.id("device-map-result"), "Không có quầy số 99.");
            admin.screenshot("device-map-refused");

            admin.click(By.cssSelector("#device-map tr[data-device='COUNTER_DISPLAY-3'] .device-edit"));
            fill(admin, "device-address", "120");
            admin.click(By.id("device-save"));
            admin.waitForText(By.id("device-map-result"), "Đã lưu sơ đồ thiết bị; có hiệu lực ngay.");
            admin.waitForText(By.cssSelector("#device-map tr[data-device='COUNTER_DISPLAY-3']"), "120 (0x78)");
            assertThat(map.address(DeviceKind.COUNTER_DISPLAY, 3)).contains(120);

            admin.choose("Loại thiết bị", "Máy in tại quầy");
            fill(admin, "device-link", "10.0.0.5:9100");
            fill(admin, "device-counter", "2");
            admin.click(By.id("device-save"));
            admin.waitForText(By.id("device-map-result"), "cổng máy in có hiệu lực khi khởi động lại máy chủ");
            admin.waitForText(By.cssSelector("#device-map tr[data-device='COUNTER_PRINTER-2']"), "10.0.0.5:9100");
            admin.screenshot("device-map");

            admin.open("/audit");
            admin.waitForText(By.id("audit-records"), "Thay đổi sơ đồ thiết bị");
            admin.waitForText(By.id("audit-records"), "Màn hình quầy @35 Quầy 3 → Màn hình quầy @120 Quầy 3");
            admin.waitForText(By.id("audit-records"), "— → máy in tại quầy 10.0.0.5:9100 Quầy 2");
            admin.screenshot("device-map-audit");
        }
    }

    private static void fill(Browser browser, String id, String value) {
        browser.find(By.cssSelector("#" + id + " input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }
}
