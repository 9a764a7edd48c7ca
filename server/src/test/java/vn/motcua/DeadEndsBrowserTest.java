package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.security.DemoAccess;

/**
 * No dead ends in real Chromium: a screen the role may not open and an unknown address each say so in Vietnamese
 * with a way back, and the start page offers each role only the staff screens it may open.
 */
@BrowserTest
class DeadEndsBrowserTest {

    /** The staff screens of the start page, by address. */
    private static final Set<String> STAFF = Set.of("/counter", "/ho-so", "/ho-so/bo-sung-lan-sau", "/ho-so/giai-trinh",
            "/ho-so/qua-han", "/ho-so/xin-loi", "/vi-pham", "/phan-anh/xu-ly", "/danh-gia/theo-doi", "/board", "/board/tv", "/scorecard",
            "/bao-cao/chi-so-766", "/devices", "/audit", "/admin/devices", "/admin/settings", "/admin/accounts", "/admin/duty",
            "/admin/setup", "/admin/services", "/admin/procedures", "/admin/counters",
            "/admin/center", "/admin/units", "/admin/officers", "/admin/calendar", "/admin/device-map", "/canh-bao-co",
            "/bao-cao/danh-gia-can-bo", "/bao-cao/thang", "/bao-cao/quy", "/bao-cao/chi-tieu",
                "/bao-cao/xep-hang", "/bao-cao", "/bao-cao/ngay", "/bao-cao/tuan");

    @LocalServerPort
    int port;

    private final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void anOfficerOpeningAnAdminScreenIsToldInWordsWithAWayBack() {
        Browser officer = start("refused-officer");
        officer.signIn("CB01", DemoAccess.PASSWORD).open("/admin/settings");

        officer.waitForPageText("Không mở được trang này");
        officer.waitForPageText("Cán bộ");
        assertThat(officer.find(By.tagName("body")).getText()).doesNotContain("Could not navigate")
                .doesNotContain("Access denied").doesNotContain("AccessDenied");
        assertThat(officer.find(By.id("refused-sign-in")).getDomAttribute("href")).isEqualTo("/login");
        officer.screenshot("refused-screen");

        officer.click(By.id("way-back"));
        officer.waitForPageText("Đang đăng nhập:");
        assertThat(officer.all(By.cssSelector("a.home-link[href='/counter']"))).hasSize(1);
    }

    @Test
    void anUnknownAddressIsAPageNotFoundWithAWayBack() {
        Browser browser = start("not-found");
        for (boolean signedIn : List.of(false, true)) {
            if (signedIn) {
                browser.signIn("CB01", DemoAccess.PASSWORD);
            }
            browser.open("/khong-co-trang-nay");
            browser.waitForPageText("Không tìm thấy trang");
            browser.waitForPageText("/khong-co-trang-nay");
            assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("Could not navigate")
                    .doesNotContain("Available routes");
            browser.screenshot("page-not-found" + (signedIn ? "-signed-in" : ""));

            browser.click(By.id("way-back"));
            browser.waitForPageText(signedIn ? "Đang đăng nhập:" : "Người dân");
        }
    }

    @Test
    void theStartPageLinksOnlyTheStaffScreensTheRoleMayOpen() {
        Browser browser = start("home-by-role");
        browser.open("/");
        browser.waitForPageText("Người dân");
        assertThat(staffLinks(browser)).isEmpty();
        browser.screenshot("home-nobody");

        browser.signIn("CB01", DemoAccess.PASSWORD).open("/");
        browser.waitForPageText("Đang đăng nhập:");
        assertThat(staffLinks(browser)).containsExactlyInAnyOrder("/counter", "/ho-so", "/ho-so/giai-trinh",
                "/ho-so/qua-han", "/ho-so/xin-loi", "/vi-pham", "/phan-anh/xu-ly", "/bao-cao/danh-gia-can-bo");
        browser.screenshot("home-officer");

        browser.signIn("giamdoc", DemoAccess.PASSWORD).open("/");
        browser.waitForPageText("(Lãnh đạo)");
        assertThat(staffLinks(browser)).containsExactlyInAnyOrder("/ho-so", "/ho-so/bo-sung-lan-sau",
                "/ho-so/giai-trinh", "/ho-so/qua-han", "/ho-so/xin-loi", "/vi-pham", "/phan-anh/xu-ly", "/danh-gia/theo-doi", "/board",
                "/board/tv", "/scorecard", "/bao-cao/chi-so-766", "/devices", "/audit",
                "/canh-bao-co", "/bao-cao/danh-gia-can-bo", "/bao-cao/thang", "/bao-cao/quy", "/bao-cao/chi-tieu",
                "/bao-cao/xep-hang", "/bao-cao", "/bao-cao/ngay", "/bao-cao/tuan");
        browser.screenshot("home-manager");

        browser.signIn("admin", DemoAccess.PASSWORD).open("/");
        browser.waitForPageText("(Quản trị hệ thống)");
        assertThat(staffLinks(browser)).containsExactlyInAnyOrder("/ho-so", "/ho-so/bo-sung-lan-sau",
                "/ho-so/giai-trinh", "/ho-so/qua-han", "/ho-so/xin-loi", "/vi-pham", "/phan-anh/xu-ly", "/danh-gia/theo-doi", "/board",
                "/board/tv", "/scorecard", "/bao-cao/chi-so-766", "/devices", "/audit", "/admin/devices", "/admin/settings", "/admin/accounts",
                "/admin/duty", "/admin/setup", "/admin/services", "/admin/procedures", "/admin/counters",
            "/admin/center", "/admin/units", "/admin/officers", "/admin/calendar", "/admin/device-map",
                "/bao-cao/danh-gia-can-bo", "/bao-cao/thang", "/bao-cao/quy", "/bao-cao/chi-tieu",
                "/bao-cao/xep-hang", "/bao-cao", "/bao-cao/ngay", "/bao-cao/tuan");
    }

    @Test
    void thePoliceLiaisonLandsOnAPageWithTheBrokerWatchOnlyAndIsRefusedElsewhereInWords() {
        Browser police = start("home-police");
        police.signIn("congan", DemoAccess.PASSWORD).open("/");
        police.waitForPageText("(Công an (theo dõi cò giấy tờ))");
        // Not even the device screens: the liaison reads the broker watch, nothing else.
        assertThat(police.all(By.cssSelector("a.home-link")).stream().map(link -> link.getDomAttribute("href")))
                .containsExactly("/canh-bao-co");
        police.screenshot("home-police");

        for (String screen : List.of("/board", "/ho-so", "/audit", "/admin/settings", "/counter")) {
            police.open(screen);
            police.waitForPageText("Không mở được trang này");
            police.waitForPageText("Công an (theo dõi cò giấy tờ)");
            assertThat(police.find(By.id("way-back")).getDomAttribute("href")).isEqualTo("/");
        }
    }

    private static List<String> staffLinks(Browser browser) {
        return browser.all(By.cssSelector("a.home-link")).stream().map(link -> link.getDomAttribute("href"))
                .filter(STAFF::contains).toList();
    }

    private Browser start(String name) {
        Browser browser = Browser.start(name, "http://localhost:" + port, 1366, 768);
        browsers.add(browser);
        return browser;
    }
}
