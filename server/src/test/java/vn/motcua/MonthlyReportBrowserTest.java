package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.report.MonthlyReportData;
import vn.motcua.security.DemoAccess;

/**
 * The monthly report, the quarterly report and the targets in Chromium on the hand-built October of {@link
 * MonthlyReportData}: the director opens each screen from the start page or its address, picks a period, reads the
 * hand-counted figures and downloads every file; the head of Kinh tế sees their unit only. Screenshots:
 * target/screenshots/e2e-monthly-*.png.
 */
@BrowserTest
class MonthlyReportBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QueueTestData data;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @BeforeEach
    void october() {
        MonthlyReportData.clean(jdbc, data);
        new MonthlyReportData(jdbc, data).write();
    }

    @AfterEach
    void clean() {
        MonthlyReportData.clean(jdbc, data);
    }

    @Test
    void theDirectorReadsTheMonthPicksOctoberAndDownloadsItsFiles() throws IOException {
        try (Browser director = Browser.start("monthly-director", "http://localhost:" + port, 1920, 1080)) {
            director.signIn("giamdoc", DemoAccess.PASSWORD).open("/");
            director.click(By.cssSelector("a.home-link[href='/bao-cao/thang']"));
            director.waitForPageText("Báo cáo tháng về giải quyết TTHC");
            director.choose("Tháng", "Tháng 10/2026");
            director.waitForText(By.id("monthly-table-0"), "Phòng Kinh tế");
            director.waitForText(By.id("monthly-table-0"), "50,0%");
            director.waitForText(By.id("monthly-table-1"), "20,0");
            director.waitForText(By.id("monthly-table-2"), "Có hồ sơ quá hạn trong tiếp nhận");
            director.screenshot("monthly-month");

            Browser.Download xlsx = director.download(href(director, "monthly-xlsx"));
            assertThat(xlsx.status()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Row kt = row(book, "Phòng Kinh tế");
                assertThat(kt.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(kt.getCell(1).getNumericCellValue()).isEqualTo(4.0);
            }
            assertCsv(director.download(href(director, "monthly-csv")), "Phòng Kinh tế");
            assertPdf(director.download(href(director, "monthly-pdf")), "Tháng 10/2026", "Phòng Kinh tế");
        }
    }

    @Test
    void theDirectorReadsTheQuarterAndTheTargetsAndDownloadsTheirFiles() throws IOException {
        try (Browser director = Browser.start("monthly-quarter", "http://localhost:" + port, 1920, 1080)) {
            director.signIn("giamdoc", DemoAccess.PASSWORD).open("/bao-cao/quy?quy=2026-Q4");
            director.waitForText(By.id("quarterly-table-0"), "Cả quý");
            director.waitForText(By.id("quarterly-table-0"), "Tháng 11/2026");
            director.waitForSelected("Quý", "Quý IV/2026");
            director.screenshot("monthly-quarter");
            Browser.Download xlsx = director.download(href(director, "quarterly-xlsx"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertThat(row(book, "Phòng Kinh tế").getCell(4).getNumericCellValue()).as("received in Q4")
                        .isEqualTo(4.0);
            }
            assertCsv(director.download(href(director, "quarterly-csv")), "Cả quý");
            assertPdf(director.download(href(director, "quarterly-pdf")), "Quý IV/2026", "Cả quý");

            director.open("/");
            director.click(By.cssSelector("a.home-link[href='/bao-cao/chi-tieu']"));
            director.waitForPageText("Chỉ tiêu theo chỉ đạo");
            director.choose("Kỳ báo cáo", "Tháng 10/2026");
            By onTime = By.cssSelector("#targets-table tr[data-target='ON_TIME']");
            director.waitForText(onTime, "✘ Không đạt");
            director.waitForText(onTime, "50,0%");
            By reuse = By.cssSelector("#targets-table tr[data-target='REUSE']");
            director.waitForText(reuse, "Chưa ghi nhận ở đây");
            assertThat(director.find(reuse).getText()).doesNotContain("0,0%");
            director.waitForText(By.cssSelector("#targets-table tr[data-target='WITHOUT_APPOINTMENT']"),
                    "1 hồ sơ, cùng kỳ năm trước 1");
            director.screenshot("monthly-targets");
            Browser.Download targets = director.download(href(director, "targets-xlsx"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(targets.body()))) {
                Row line = row(book, "Hồ sơ giải quyết đúng hạn, trước hạn");
                assertThat(line.getCell(2).getNumericCellValue()).as("50%, a fraction").isEqualTo(0.5);
                assertThat(line.getCell(4).getStringCellValue()).isEqualTo("Không đạt");
            }
            assertCsv(director.download(href(director, "targets-csv")), "Chưa ghi nhận ở đây");
            assertPdf(director.download(href(director, "targets-pdf")), "THEO DÕI THỰC HIỆN CHỈ TIÊU", "Tháng 10/2026");
            director.choose("Kỳ báo cáo", "Quý IV/2026");
            director.waitForText(By.cssSelector("#targets-table tr[data-target='ON_TIME']"), "Không đạt");
            assertThat(href(director, "targets-pdf")).endsWith("/2026-Q4.pdf");
        }
    }

    @Test
    void theHeadOfKinhTeSeesTheirUnitOnly() {
        try (Browser head = Browser.start("monthly-head", "http://localhost:" + port, 1280, 900)) {
            head.signIn("CB02", DemoAccess.PASSWORD).open("/bao-cao/thang?thang=2026-10");
            head.waitForText(By.id("monthly-table-0"), "Phòng Kinh tế");
            assertThat(head.find(By.id("monthly-result")).getText()).doesNotContain("Phòng Tư pháp");
            head.screenshot("monthly-head");
            String csv = new String(head.download(href(head, "monthly-csv")).body(), StandardCharsets.UTF_8);
            assertThat(csv).contains("Phòng Kinh tế").doesNotContain("Phòng Tư pháp");
        }
    }

    private static String href(Browser browser, String id) {
        return browser.find(By.id(id)).getDomAttribute("href");
    }

    private static void assertCsv(Browser.Download csv, String text) {
        assertThat(csv.status()).isEqualTo(200);
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(text);
    }

    private static void assertPdf(Browser.Download pdf, String... texts) throws IOException {
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(texts);
        }
    }

    private static Row row(XSSFWorkbook book, String first) {
        for (Row row : book.getSheetAt(0)) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("No row " + first);
    }
}
