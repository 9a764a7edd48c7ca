package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.i18n.Translations;
import vn.motcua.report.Index766;
import vn.motcua.report.Index766Dossiers;
import vn.motcua.report.Index766Figures;
import vn.motcua.report.Index766FiguresTest;
import vn.motcua.security.DemoAccess;

/**
 * The 766 index in Chromium with October's hand-computed dossiers: the director reads the figures the service
 * computes, drills into the late dossiers, downloads the three files and reads how it is computed; the head of Kinh
 * tế sees their unit only. Screenshots: target/screenshots/e2e-index766-*.png.
 */
@BrowserTest
class Index766BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QueueTestData data;
    @Autowired
    Index766Figures figures;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @BeforeEach
    void october() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        Index766FiguresTest.october(new Index766Dossiers(jdbc));
    }

    @Test
    void theDirectorReadsTheFiguresDrillsIntoTheLateAndDownloadsTheFiles() throws IOException {
        Index766 center = figures.center(Index766FiguresTest.OCTOBER);
        try (Browser director = Browser.start("index766-director", "http://localhost:" + port, 1920, 1080)) {
            director.signIn("giamdoc", DemoAccess.PASSWORD).open("/");
            director.click(By.cssSelector("a.home-link[href='/bao-cao/chi-so-766']"));
            director.waitForText(By.id("index766-score"), "Điểm tổng");
            director.open("/bao-cao/chi-so-766?thang=2026-10");
            director.waitForText(By.id("index766-score"), number(center.score().orElseThrow()) + " / 100");
            for (Index766.Indicator each : center.indicators()) {
                By card = By.id("index766-card-" + each.code().name());
                director.waitForText(card, number(each.percent().orElseThrow()) + "%");
                director.waitForText(card, number(each.points()) + " / " + number(each.max()) + " điểm");
            }
            assertThat(director.find(By.id("index766-card-ON_TIME")).getDomAttribute("class")).contains("index766-low");
            director.waitForText(By.id("index766-card-SYNC"), "ước tính");
            director.waitForText(By.cssSelector("#index766-units tr[data-unit='Phòng Kinh tế']"), "100,0");
            director.screenshot("index766-director");

            director.click(By.id("index766-card-ON_TIME"));
            director.waitForText(By.id("index766-drill-count"), "Có 3 hồ sơ");
            for (String text : List.of("D2", "D8", "D3", "Giải quyết sau hạn", "Yêu cầu bổ sung lần thứ hai",
                    "Chưa giải quyết, đã quá hạn")) {
                director.waitForText(By.id("index766-drill-grid"), text);
            }
            director.screenshot("index766-drill-late");
            director.click(By.id("index766-drill-close"));

            Browser.Download xlsx = director.download(director.find(By.id("index766-xlsx")).getDomAttribute("href"));
            assertThat(xlsx.status()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Row justice = null;
                for (Row row : book.getSheetAt(0)) {
                    if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                            && row.getCell(0).getStringCellValue().equals("Phòng Tư pháp – Hộ tịch")) {
                        justice = row;
                    }
                }
                assertThat(justice).isNotNull();
                assertThat(justice.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(justice.getCell(1).getNumericCellValue()).isEqualTo(7.0);
                assertThat(justice.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            }
            Browser.Download csv = director.download(director.find(By.id("index766-csv")).getDomAttribute("href"));
            assertThat(csv.status()).isEqualTo(200);
            assertThat(List.of(csv.body()[0], csv.body()[1], csv.body()[2]))
                    .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            Browser.Download pdf = director.download(director.find(By.id("index766-pdf")).getDomAttribute("href"));
            assertThat(pdf.contentType()).startsWith("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                        .contains("BÁO CÁO CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP", "Tháng 10/2026", "D2");
            }

            director.click(By.id("index766-how"));
            director.waitForPageText("Chỉ số 766: cách tính");
            director.waitForText(By.id("index766-formulas"), "đủ điểm từ 90%");
            director.screenshot("index766-how");
        }
    }

    @Test
    void theHeadOfKinhTeSeesTheirUnitOnly() {
        try (Browser head = Browser.start("index766-head", "http://localhost:" + port, 1920, 1080)) {
            head.signIn("CB02", DemoAccess.PASSWORD).open("/bao-cao/chi-so-766?thang=2026-10");
            head.waitForExactText(By.id("index766-group"), "Phòng Kinh tế");
            head.waitForText(By.id("index766-score"), "100,0 / 100");
            assertThat(head.all(By.id("index766-units"))).isEmpty();
            head.click(By.id("index766-card-ON_TIME"));
            head.waitForText(By.id("index766-drill-count"), "Có 0 hồ sơ");
            head.screenshot("index766-head");
            Browser.Download csv = head.download(head.find(By.id("index766-csv")).getDomAttribute("href"));
            String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).contains("Phòng Kinh tế").doesNotContain("D2,").doesNotContain("Phòng Tư pháp");
        }
    }

    private static String number(double value) {
        return String.format(Translations.VIETNAMESE, "%.1f", value);
    }
}
