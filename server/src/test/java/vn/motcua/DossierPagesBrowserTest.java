package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.RecordProvinceDossiers;
import vn.motcua.security.DemoAccess;

/**
 * The citizen's dossier page on a phone-sized Chromium window in several states, the look-up by code and phone
 * digits, and the unit's dossier list with a dossier's history. Screenshots: target/screenshots/dossier-*.png.
 */
@BrowserTest
class DossierPagesBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    RecordProvinceDossiers record;
    @Autowired
    Dossiers dossiers;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @BeforeEach
    void dossiersOfAMorning() {
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 11, 23, 9, 0));
        DossierTestData.record(record);
    }

    @Test
    void theCitizensPageSaysWhereTheDossierStandsOnAPhone() {
        try (Browser phone = Browser.start("phone", "http://localhost:" + port, 412, 915)) {
            WebDriver driver = driver(phone.open("/hs/" + token("TP-1")));
            phone.waitForExactText(By.className("dossier-code"), "TP-1");
            phone.waitForExactText(By.className("dossier-procedure"), DossierTestData.KNOWN_PROCEDURE_NAME);
            phone.waitForExactText(By.cssSelector(".dossier-state.processing"), "Đang xử lý");
            phone.waitForText(By.className("dossier-overdue"), "Quá hạn");
            phone.waitForText(By.className("dossier-due"), "20/11/2026 16:00");
            phone.waitForText(By.className("dossier-received"), "16/11/2026 08:00");
            phone.waitForText(By.className("dossier-unit"), "Phòng Tư pháp – Hộ tịch");
            assertThat(phone.find(By.tagName("body")).getText()).doesNotContain("Nguyễn Văn An", "0913 579 246", "9246");
            shot(phone, driver, "dossier-1-overdue");

            phone.open("/hs/" + token("TP-3"));
            phone.waitForExactText(By.cssSelector(".dossier-state.awaiting-supplement"), "Chờ bổ sung hồ sơ");
            phone.waitForText(By.className("dossier-supplement"), "Hồ sơ cần bổ sung giấy tờ");
            assertThat(phone.all(By.className("dossier-overdue"))).isEmpty();
            shot(phone, driver, "dossier-2-supplement");

            phone.open("/hs/" + token("TP-5"));
            phone.waitForExactText(By.cssSelector(".dossier-state.done"), "Đã có kết quả, mời nhận");
            shot(phone, driver, "dossier-3-done");

            phone.open("/hs/" + token("TP-4"));
            phone.waitForExactText(By.cssSelector(".dossier-state.returned"), "Đã trả kết quả");
            assertThat(phone.all(By.className("dossier-overdue"))).as("a returned dossier is not late").isEmpty();

            phone.open("/hs/TP-1");
            phone.waitForText(By.className("dossier-unknown"), "Không tìm thấy hồ sơ");
            shot(phone, driver, "dossier-4-unknown");
        }
    }

    @Test
    void aCitizenLooksTheDossierUpByCodeAndPhoneDigits() {
        try (Browser phone = Browser.start("phone", "http://localhost:" + port, 412, 915)) {
            WebDriver driver = driver(phone.open("/hs"));
            lookUp(phone, "TP-2", "1111");
            phone.waitForText(By.className("dossier-lookup-answer"), "Không tìm thấy hồ sơ với mã và số điện thoại");
            shot(phone, driver, "dossier-5-look-up-mismatch");

            lookUp(phone, "TP-2", "4321");
            phone.waitForExactText(By.className("dossier-code"), "TP-2");
            phone.waitForExactText(By.cssSelector(".dossier-state.received"), "Đã tiếp nhận hồ sơ");
            assertThat(driver.getCurrentUrl()).endsWith("/hs/" + token("TP-2"));
            shot(phone, driver, "dossier-6-look-up-found");
        }
    }

    @Test
    void aUnitsOfficerSeesTheOpenDossiersDueSoonestFirstAndOpensOne() {
        try (Browser officer = Browser.start("officer", "http://localhost:" + port, 1366, 768)) {
            officer.signIn("CB01", DemoAccess.PASSWORD);
            officer.open("/");
            officer.click(By.cssSelector("a.home-link[href='/ho-so']"));
            officer.waitForText(By.id("dossiers-own-unit"), "Phòng Tư pháp – Hộ tịch");
            officer.waitForText(By.id("dossiers"), "TP-3");
            List<String> codes = officer.all(By.cssSelector("#dossiers vaadin-grid-cell-content")).stream()
                    .map(cell -> cell.getText().trim()).filter(text -> text.matches("[A-Z]{2}-\\d")).toList();
            assertThat(codes).containsExactly("TP-1", "TP-2", "TP-3");
            officer.waitForText(By.id("dossiers"), "Trễ hạn");
            officer.waitForText(By.id("dossiers"), "Đến hạn trong 24 giờ");
            officer.screenshot("dossier-7-unit-list");

            officer.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='TP-1']"));
            officer.waitForPageText("Diễn biến hồ sơ");
            officer.waitForPageText("Nhập từ hệ thống một cửa của tỉnh");
            officer.waitForPageText("Chưa có lượt đến quầy nào gắn với hồ sơ này.");
            officer.screenshot("dossier-8-detail");
        }
        try (Browser manager = Browser.start("manager", "http://localhost:" + port, 1366, 768)) {
            manager.signIn("giamdoc", DemoAccess.PASSWORD);
            manager.open("/ho-so");
            manager.waitForText(By.id("dossiers"), "XD-1");
            manager.waitForText(By.id("dossiers"), "KT-1");
            manager.screenshot("dossier-9-every-unit");
        }
    }

    private static void lookUp(Browser phone, String code, String digits) {
        phone.find(By.cssSelector("#dossier-lookup-code input")).clear();
        phone.find(By.cssSelector("#dossier-lookup-code input")).sendKeys(code);
        phone.find(By.cssSelector("#dossier-lookup-phone input")).clear();
        phone.find(By.cssSelector("#dossier-lookup-phone input")).sendKeys(digits);
        phone.click(By.id("dossier-lookup-find"));
    }

    private String token(String code) {
        return dossiers.find(code).map(Dossier::getTrackingToken).orElseThrow();
    }

    private static WebDriver driver(Browser phone) {
        return ((WrapsDriver) phone.find(By.tagName("body"))).getWrappedDriver();
    }

    private static void shot(Browser phone, WebDriver driver, String name) {
        phone.waitUntilIdle();
        KioskBrowserTest.checkLayout(driver, 44, 18);
        KioskBrowserTest.screenshot(driver, name);
    }
}
