package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.catalogue.CatalogueRowsOfTests;
import vn.motcua.security.DemoAccess;

/**
 * The catalogue and counters admin screens in real Chromium: the admin adds a service the kiosk shows at once, a
 * procedure and a counter; bad input is refused in words; the audit trail shows each change old → new.
 */
@BrowserTest
class CatalogueAdminBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QueueTestData data;
    @Autowired
    TestClock.MutableClock clock;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @BeforeEach
    void aMondayMorning() {
        data.startOfDay();
        clock.set(LocalDateTime.of(2026, 11, 23, 9, 0));
    }

    @AfterEach
    void removeTheTestsRows() {
        CatalogueRowsOfTests.remove(jdbc);
    }

    @Test
    void anAddedServiceShowsOnTheKioskAtOnceASecondLetterIsRefusedAndARenameIsAudited() {
        String base = "http://localhost:" + port;
        try (Browser kiosk = Browser.start("admin-services-kiosk", base, 1080, 1920);
                Browser admin = Browser.start("admin-services", base, 1366, 900)) {
            kiosk.openAsDevice(DemoAccess.KIOSK_TOKEN, "/kiosk");
            kiosk.waitForPageText("Mời ông/bà chọn dịch vụ");
            kiosk.markPage();

            admin.signIn("admin", DemoAccess.PASSWORD).open("/admin/services");
            admin.retype("field-code", "T18F");
            admin.retype("field-name", "Lĩnh vực thử nghiệm");
            admin.click(By.id("field-save"));
            admin.waitForText(By.id("field-result"), "Đã lưu lĩnh vực T18F");

            admin.retype("service-code", "T18-S");
            admin.retype("service-name", "Cấp giấy phép thử nghiệm");
            admin.pick("service-field", "nghi", "Lĩnh vực thử nghiệm");
            admin.retype("service-letter", "a");
            admin.click(By.id("service-save"));
            admin.waitForText(By.id("service-result"), "Chữ cái \"a\" không dùng được");
            admin.retype("service-letter", "A");
            admin.click(By.id("service-save"));
            admin.waitForText(By.id("service-result"), "Chữ cái A đã là chữ cái của dịch vụ \"Đăng ký khai sinh");
            admin.screenshot("admin-services-refused");
            admin.retype("service-letter", "QZ");
            admin.click(By.id("service-save"));
            admin.waitForText(By.id("service-result"), "Đã lưu dịch vụ T18-S");
            admin.waitForText(By.cssSelector("tr.service-row[data-key='T18-S']"), "Lĩnh vực thử nghiệm");

            kiosk.waitForText(By.cssSelector(".kiosk-service[data-service='T18-S']"), "Cấp giấy phép thử nghiệm");
            kiosk.assertNotReloaded();
            kiosk.screenshot("admin-services-kiosk");
            // A visitor chooses the new service; the admin retires it before the visitor picks a priority.
            kiosk.click(By.cssSelector(".kiosk-service[data-service='T18-S']"));

            admin.click(By.cssSelector("tr.service-row[data-key='T18-S'] .service-edit"));
            admin.retype("service-name", "Cấp phép thử nghiệm");
            admin.click(By.id("service-save"));
            admin.waitForText(By.id("service-result"), "Đã lưu dịch vụ T18-S");
            admin.click(By.cssSelector("tr.service-row[data-key='T18-S'] .service-retire"));
            admin.waitForText(By.cssSelector("tr.service-row[data-key='T18-S']"), "Đã ngừng cung cấp");
            admin.screenshot("admin-services");
            kiosk.click(By.className("priority-none"));
            kiosk.waitForPageText("Dịch vụ \"Cấp phép thử nghiệm\" đã ngừng cung cấp tại trung tâm");
            kiosk.screenshot("admin-services-kiosk-retired");
            kiosk.open("/kiosk");
            kiosk.waitForPageText("Mời ông/bà chọn dịch vụ");
            awaitGone(kiosk, By.cssSelector(".kiosk-service[data-service='T18-S']"));

            admin.open("/audit");
            admin.waitForText(By.id("audit-records"), "Dịch vụ T18-S");
            admin.waitForText(By.id("audit-records"), "tên: Cấp giấy phép thử nghiệm → Cấp phép thử nghiệm");
            admin.waitForText(By.id("audit-records"), "ngừng cung cấp: không → có");
            admin.screenshot("admin-services-audit");
        }
        assertThat(jdbc.sql("select count(*) from ticket where service_id in"
                + " (select id from center_service where code = 'T18-S')").query(Long.class).single()).isZero();
    }

    @Test
    void anAddedProcedureIsListedAfterADuplicateCodeAndALegalTimeOfZeroAreRefusedInWords() {
        try (Browser admin = Browser.start("admin-procedures", "http://localhost:" + port, 1366, 1200)) {
            admin.signIn("admin", DemoAccess.PASSWORD).open("/admin/procedures");
            admin.retype("procedure-code", "1.001193");
            admin.retype("procedure-name", "Thủ tục thử nghiệm");
            admin.pick("procedure-field", "Hộ tịch", "Tư pháp – Hộ tịch");
            admin.retype("procedure-amount", "5");
            admin.click(By.id("procedure-save"));
            admin.waitForText(By.id("procedure-result"), "Danh mục đã có thủ tục mang mã 1.001193");

            admin.retype("procedure-code", "T18.9");
            admin.retype("procedure-amount", "0");
            admin.click(By.id("procedure-save"));
            admin.waitForText(By.id("procedure-result"), "Thời hạn giải quyết không hợp lệ");
            admin.screenshot("admin-procedures-refused");

            admin.retype("procedure-amount", "5");
            typeArea(admin, "procedure-papers", "Tờ khai thử nghiệm | 01 bản chính");
            typeArea(admin, "procedure-steps", "RECEPTION | 20\nAPPRAISAL | 80");
            admin.click(By.id("procedure-save"));
            admin.waitForText(By.id("procedure-result"), "Đã lưu thủ tục T18.9");
            admin.waitForText(By.cssSelector("tr.procedure-row[data-key='T18.9']"), "5 ngày làm việc");
            admin.screenshot("admin-procedures");

            admin.open("/audit");
            admin.waitForText(By.id("audit-records"), "Thủ tục T18.9");
            admin.waitForText(By.id("audit-records"), "thời hạn: — → 5 ngày làm việc");
        }
        assertThat(jdbc.sql("select count(*) from procedure_step where procedure_id ="
                + " (select id from admin_procedure where code = 'T18.9')").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aCounterWithNoServiceIsRefusedAndItsServicesAreKeptInTheOrderSet() {
        try (Browser admin = Browser.start("admin-counters", "http://localhost:" + port, 1366, 900)) {
            admin.signIn("admin", DemoAccess.PASSWORD).open("/admin/counters");
            admin.retype("counter-number", "93");
            admin.retype("counter-name", "Quầy thử nghiệm");
            admin.click(By.id("counter-save"));
            admin.waitForText(By.id("counter-result"), "Mỗi quầy phục vụ ít nhất một dịch vụ");
            admin.screenshot("admin-counters-refused");

            admin.pick("counter-add-service", "khai sinh", "A · Đăng ký khai sinh");
            admin.click(By.id("counter-add"));
            admin.pick("counter-add-service", "Chứng thực", "B · Chứng thực");
            admin.click(By.id("counter-add"));
            admin.click(By.cssSelector(".counter-service-row[data-code='TP-CT'] .counter-service-up"));
            admin.waitForText(By.cssSelector(".counter-service-row[data-code='TP-CT']"), "1. B · Chứng thực");
            admin.click(By.id("counter-save"));
            admin.waitForText(By.id("counter-result"), "Đã lưu quầy số 93");
            admin.waitForText(By.cssSelector("tr.counter-row[data-key='93']"), "Quầy thử nghiệm");

            admin.retype("counter-number", "1");
            admin.retype("counter-name", "Quầy trùng số");
            admin.pick("counter-add-service", "khai sinh", "A · Đăng ký khai sinh");
            admin.click(By.id("counter-add"));
            admin.click(By.id("counter-save"));
            admin.waitForText(By.id("counter-result"), "Đã có quầy số 1");
            admin.screenshot("admin-counters");

            admin.open("/audit");
            admin.waitForText(By.id("audit-records"), "dịch vụ phục vụ: — → [TP-CT, HT-KS]");
        }
        assertThat(jdbc.sql("select s.code from counter_service cs join counter c on c.id = cs.counter_id"
                + " join center_service s on s.id = cs.service_id where c.number = 93 order by cs.preference")
                .query(String.class).list()).containsExactly("TP-CT", "HT-KS");
    }


    private static void typeArea(Browser browser, String id, String text) {
        var area = browser.find(By.cssSelector("#" + id + " textarea"));
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        area.sendKeys(text, Keys.TAB);
        browser.waitUntilIdle();
    }


    private static void awaitGone(Browser browser, By locator) {
        long until = System.currentTimeMillis() + 15_000;
        while (!browser.all(locator).isEmpty()) {
            assertThat(System.currentTimeMillis()).as("%s still shows %s", browser.name(), locator).isLessThan(until);
            browser.waitUntilIdle();
            Thread.onSpinWait();
        }
    }
}
