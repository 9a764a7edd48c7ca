package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.LateTestData;
import vn.motcua.dossier.RecordProvinceDossiers;
import vn.motcua.dossier.internal.DossierLatenessRepository;
import vn.motcua.report.DailyTestData;
import vn.motcua.security.DemoAccess;

/**
 * The reports hub, the daily report and the weekly overdue count in Chromium, read on Wednesday 2/12/2026: the
 * director finds the hub on the start page, sees both charts drawn, reads the hand-built Tuesday of
 * {@link DailyTestData} and November's weeks, and downloads every file; a head of unit sees their unit's officers.
 * Screenshots: target/screenshots/e2e-reports-*.png.
 */
@BrowserTest
class DailyReportsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    RecordProvinceDossiers record;
    @Autowired
    Dossiers dossiers;
    @Autowired
    DossierLatenessRepository latenesses;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @BeforeEach
    void tuesdayAndLateDossiers() {
        new DailyTestData(jdbc, data).write();
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 30));
        DossierTestData.record(record);
        LateTestData.forgetWatch(jdbc);
        LateTestData.late(latenesses, dossiers.find("TP-1").orElseThrow(),
                DossierTestData.local(LocalDateTime.of(2026, 11, 29, 23, 30)), null, unit("TP"), null);
        LateTestData.late(latenesses, dossiers.find("KT-1").orElseThrow(),
                DossierTestData.local(LocalDateTime.of(2026, 11, 10, 8, 0)), null, unit("KT"), null);
    }

    @Test
    void theDirectorReadsTheHubTheChartsTheDayAndTheWeeksAndDownloadsEveryFile() throws IOException {
        try (Browser director = Browser.start("reports-director", "http://localhost:" + port, 1920, 1080)) {
            director.signIn("giamdoc", DemoAccess.PASSWORD).open("/");
            director.click(By.cssSelector("a.home-link[href='/bao-cao']"));
            director.waitForText(By.id("reports-links"), "Báo cáo ngày");
            assertThat(director.all(By.cssSelector("#reports-links a"))).extracting(a -> a.getDomAttribute("href"))
                    .contains("/bao-cao/ngay", "/bao-cao/tuan", "/bao-cao/chi-so-766", "/bao-cao/danh-gia-can-bo");
            director.open("/bao-cao?thang=2026-11");
            director.waitForText(By.id("reports-charts"), "Tỷ lệ hài lòng theo ngày – tháng 11/2026");
            WebElement point = director.find(By.cssSelector("#chart-satisfaction circle[data-label='24']"));
            assertThat(point.getDomAttribute("data-value")).isEqualTo("33.3");
            assertThat(point.getRect().getWidth()).as("drawn as SVG, not as unknown HTML elements").isPositive();
            assertThat(director.find(By.cssSelector("#chart-on-time")).getRect().getHeight()).isGreaterThan(100);
            assertThat(director.all(By.cssSelector("#chart-on-time rect.chart-bar"))).isNotEmpty()
                    .allSatisfy(bar -> assertThat(bar.getRect().getHeight() > 0)
                            .as("a bar stands as high as its rate").isEqualTo(
                                    Double.parseDouble(bar.getDomAttribute("data-value")) > 1));
            director.screenshot("reports-hub");

            director.click(By.id("reports-link-daily"));
            director.waitForText(By.id("daily-result"), "Toàn trung tâm");
            director.open("/bao-cao/ngay?ngay=2026-11-24");
            director.waitForText(By.cssSelector("#daily-center tbody"), "18,8");
            director.waitForText(By.cssSelector("#daily-center tbody"), "33,3%");
            director.waitForText(By.id("daily-counters"), "Quầy 1 – Tư pháp – Hộ tịch");
            director.waitForText(By.id("daily-officers"), "Phạm Thu Trang");
            director.screenshot("reports-daily");
            byte[] day = file(director, "daily-xlsx", "application/vnd.openxmlformats");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(day))) {
                assertThat(book.getSheetAt(0).getRow(4).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(book.getSheetAt(0).getRow(4).getCell(1).getNumericCellValue()).as("served").isEqualTo(3);
            }
            byte[] csv = file(director, "daily-csv", "text/csv");
            assertThat(csv[0]).isEqualTo((byte) 0xEF);
            assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Nguyễn Thị Hương");
            assertThat(pdfText(file(director, "daily-pdf", "application/pdf"))).contains("Ngày 24/11/2026");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                    file(director, "daily-month-xlsx", "application/vnd.openxmlformats")))) {
                assertThat(book.getSheetAt(0).getRow(4 + 23).getCell(1).getNumericCellValue()).as("issued on 24th")
                        .isEqualTo(4);
            }
            assertThat(file(director, "daily-month-csv", "text/csv")[0]).isEqualTo((byte) 0xEF);
            assertThat(pdfText(file(director, "daily-month-pdf", "application/pdf"))).contains("Tháng 11/2026");

            director.open("/bao-cao/tuan?thang=2026-11");
            director.waitForText(By.id("weekly-table"), "Tuần 48 (23/11–29/11)");
            director.waitForText(By.id("weekly-table"), "Phòng Tư pháp – Hộ tịch");
            director.screenshot("reports-weekly");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                    file(director, "weekly-xlsx", "application/vnd.openxmlformats")))) {
                assertThat(book.getSheetAt(0).getRow(6).getCell(5).getNumericCellValue()).as("TP, week 48")
                        .isEqualTo(1);
            }
            assertThat(new String(file(director, "weekly-csv", "text/csv"), StandardCharsets.UTF_8))
                    .startsWith("\uFEFF").contains("Chưa giao đơn vị");
            assertThat(pdfText(file(director, "weekly-pdf", "application/pdf")))
                    .contains("THỐNG KÊ HỒ SƠ QUÁ HẠN THEO TUẦN");
            assertThat(director.download("/giay-to/bao-cao-ngay/2026-12-03.xlsx").status())
                    .as("a day to come").isEqualTo(400);
        }
    }

    @Test
    void theHeadOfKinhTeSeesTheirUnitsOfficers() {
        try (Browser head = Browser.start("reports-head", "http://localhost:" + port, 1600, 1000)) {
            head.signIn("CB02", DemoAccess.PASSWORD).open("/bao-cao/ngay?ngay=2026-11-24");
            head.waitForText(By.id("daily-officers"), "Phạm Thu Trang");
            assertThat(head.find(By.id("daily-officers")).getText()).doesNotContain("Nguyễn Thị Hương");
            head.open("/bao-cao/tuan?thang=2026-11");
            head.waitForText(By.id("weekly-table"), "Phòng Kinh tế");
            assertThat(head.find(By.id("weekly-table")).getText()).doesNotContain("Phòng Tư pháp");
        }
    }

    private static byte[] file(Browser browser, String linkId, String type) {
        Browser.Download download = browser.download(browser.find(By.id(linkId)).getDomAttribute("href"));
        assertThat(download.status()).as(linkId).isEqualTo(200);
        assertThat(download.contentType()).as(linkId).startsWith(type);
        return download.body();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }
}
