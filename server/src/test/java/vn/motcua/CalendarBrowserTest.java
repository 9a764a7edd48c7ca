package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.security.DemoAccess;

/**
 * The working calendar screen in real Chromium: an admin opens Saturday mornings, adds a holiday, is refused a second
 * one on the same date and hours that close before they open, imports next year's list after a faulty first try, and
 * finds each change on the audit trail in words.
 */
@BrowserTest
class CalendarBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendar calendar;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @AfterEach
    void backToTheDemoCalendar() {
        jdbc.sql("delete from special_day where calendar_day >= '2030-01-01'").update();
        jdbc.sql("delete from working_hours where iso_weekday > 5").update();
        // Through the service, so the due dates' copy of the calendar is dropped too.
        calendar.setWeekdayHours(java.time.DayOfWeek.MONDAY,
                new WorkingHours(LocalTime.of(7, 30), LocalTime.of(17, 0)));
    }

    @Test
    void anAdminKeepsTheCalendarIsRefusedInWordsAndFindsItOnTheAuditTrail() throws IOException {
        try (Browser admin = Browser.start("calendar", "http://localhost:" + port, 1366, 900)) {
            admin.signIn("admin", DemoAccess.PASSWORD).open("/");
            admin.click(By.cssSelector("a.home-link[href='/admin/calendar']"));
            admin.waitForPageText("Giờ làm việc trong tuần");

            admin.choose("Thứ", "Thứ Bảy");
            time(admin, "calendar-weekday-opens", "17:00");
            time(admin, "calendar-weekday-closes", "07:30");
            admin.click(By.id("calendar-weekday-save"));
            admin.waitForText(By.id("calendar-result"), "Giờ đóng cửa phải sau giờ mở cửa.");
            time(admin, "calendar-weekday-opens", "07:30");
            time(admin, "calendar-weekday-closes", "11:30");
            admin.click(By.id("calendar-weekday-save"));
            admin.waitForText(By.id("calendar-result"), "Đã lưu giờ làm việc Thứ Bảy.");
            admin.waitForText(By.cssSelector("#calendar-week tr[data-weekday='SATURDAY']"), "07:30 – 11:30");

            addHoliday(admin, "01/01/2030", "Tết Dương lịch");
            admin.waitForText(By.id("calendar-result"), "Đã thêm Thứ Ba, 01/01/2030 vào lịch làm việc.");
            admin.waitForText(By.cssSelector("#calendar-days tr[data-day='2030-01-01']"), "Tết Dương lịch");
            addHoliday(admin, "01/01/2030", "Lặp lại");
            admin.waitForText(By.id("calendar-result"), "Ngày này đã có trong lịch làm việc.");
            admin.screenshot("calendar-refused");

            upload(admin, file("lich-loi.csv", "Ngày;Tên;Loại\n04/02/2030;Tết Nguyên đán;nghỉ lễ\n"
                    + "31/02/2030;Không có;nghỉ lễ\n01/01/2030;Tết Dương lịch;làm bù\n"));
            admin.waitForText(By.id("calendar-result"), "Chưa nhập gì: 2 dòng lỗi");
            admin.waitForText(By.id("calendar-import-problems"), "Ngày \"31/02/2030\" không đúng dạng");
            admin.waitForText(By.id("calendar-import-problems"), "Ngày 01/01/2030 đã có trong lịch là \"Tết Dương lịch\"");
            assertThat(admin.find(By.id("calendar-import-problems")).getText()).contains("3").contains("4");
            assertThat(admin.find(By.id("calendar-import-confirm")).getDomAttribute("disabled")).isNotNull();
            admin.screenshot("calendar-import-refused");

            upload(admin, file("lich-2030.csv", "\uFEFFNgày,Tên,Loại\n04/02/2030,Tết Nguyên đán,nghỉ lễ\n"
                    + "2030-02-09,Làm bù Tết,làm bù,08:00,11:30\n01/01/2030,Tết Dương lịch,nghỉ lễ\n"));
            admin.waitForText(By.id("calendar-result"), "Sẵn sàng nhập 2 ngày mới (1 ngày đã có");
            admin.screenshot("calendar-import-preview");
            assertThat(jdbc.sql("select count(*) from special_day where calendar_day >= '2030-01-02'")
                    .query(Long.class).single()).isZero();
            admin.click(By.id("calendar-import-confirm"));
            admin.waitForText(By.id("calendar-result"), "Đã nhập 2 ngày vào lịch làm việc.");
            admin.waitForText(By.cssSelector("#calendar-days tr[data-day='2030-02-09']"), "08:00 – 11:30");
            admin.screenshot("calendar");

            admin.open("/audit");
            admin.waitForText(By.id("audit-records"), "Thay đổi lịch làm việc");
            admin.waitForText(By.id("audit-records"), "Lịch làm việc: Thứ Bảy");
            admin.waitForText(By.id("audit-records"), "Lịch làm việc: 01/01/2030");
            admin.waitForText(By.id("audit-records"), "— → nghỉ lễ Tết Dương lịch");
            admin.waitForText(By.id("audit-records"), "— → làm bù Làm bù Tết 08:00–11:30");
            admin.screenshot("calendar-audit");
        }
    }

    private static void time(Browser browser, String id, String value) {
        var input = browser.find(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    private static void addHoliday(Browser browser, String day, String name) {
        var date = browser.find(By.cssSelector("#calendar-day input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), day, Keys.ENTER);
        var field = browser.find(By.cssSelector("#calendar-name input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), name);
        browser.click(By.id("calendar-day-add"));
    }

    /** Picks the file in the upload's file chooser, as the "Chọn tệp…" button would. */
    private static void upload(Browser browser, Path file) {
        browser.find(By.id("calendar-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    private static Path file(String name, String text) throws IOException {
        return Files.writeString(Files.createTempDirectory("motcua-calendar-").resolve(name), text);
    }
}
