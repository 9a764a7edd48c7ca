package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.security.DemoAccess;

/**
 * The monthly evaluation in real Chromium, November 2026: the head of Kinh tế (CB02) proposes a grade for CB03 with a
 * reason, the director (giamdoc) decides it, the grid shows both and the unit's own line; the workbook downloads and
 * holds the decision. Screenshots: target/screenshots/e2e-evaluation-*.png, copied to /work/shots17/ when it exists.
 */
@BrowserTest
class EvaluationsBrowserTest {

    private static final Path SHOTS = Path.of("/work/shots17");

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
    void november() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
    }

    @Test
    void theHeadProposesTheDirectorDecidesAndTheWorkbookSaysSo() throws IOException {
        try (Browser browser = Browser.start("evaluation", "http://localhost:" + port, 1600, 1000)) {
            browser.signIn("CB02", DemoAccess.PASSWORD).open("/");
            browser.click(By.cssSelector("a.home-link[href='/bao-cao/danh-gia-can-bo']"));
            browser.waitForPageText("Đánh giá, xếp loại cán bộ hằng tháng");
            browser.waitForPageText("Lê Minh Tuấn");
            assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("Nguyễn Thị Hương")
                    .contains("Cả bộ phận (Phòng Kinh tế)");
            assertThat(browser.all(By.cssSelector(".evaluation-propose[data-officer='CB02']")))
                    .as("a head proposes not for themselves").isEmpty();

            browser.click(By.cssSelector(".evaluation-propose[data-officer='CB03']"));
            browser.click(By.xpath("//vaadin-radio-button[.//label[contains(., 'Hoàn thành tốt nhiệm vụ')]]"));
            browser.click(By.id("evaluation-save"));
            browser.waitForText(By.id("evaluation-dialog-answer"), "Cần ghi lý do");
            browser.find(By.cssSelector("#evaluation-reason textarea")).sendKeys("Chủ động, không để hồ sơ trễ");
            browser.screenshot("evaluation-propose");
            browser.click(By.id("evaluation-save"));
            browser.waitForText(By.id("evaluation-answer"), "Đã lưu đề xuất xếp loại cho Lê Minh Tuấn");
            browser.waitForPageText("Đề xuất: Hoàn thành tốt nhiệm vụ (CB02): Chủ động, không để hồ sơ trễ");
            browser.screenshot("evaluation-head");

            browser.signIn("giamdoc", DemoAccess.PASSWORD).open("/bao-cao/danh-gia-can-bo");
            browser.waitForPageText("Nguyễn Thị Hương");
            browser.click(By.cssSelector(".evaluation-decide[data-officer='CB03']"));
            browser.find(By.cssSelector("#evaluation-reason textarea")).sendKeys("Đồng ý với đề xuất" + Keys.TAB);
            browser.click(By.id("evaluation-save"));
            browser.waitForText(By.id("evaluation-answer"), "Đã lưu quyết định xếp loại cho Lê Minh Tuấn");
            browser.waitForPageText("Quyết định: Hoàn thành tốt nhiệm vụ (giamdoc): Đồng ý với đề xuất");
            assertThat(browser.all(By.cssSelector(".evaluation-decide[data-officer='CB03']"))).isEmpty();
            assertThat(browser.all(By.className("evaluation-unit-line"))).hasSize(4);
            browser.screenshot("evaluation-director");

            Browser.Download xlsx = browser.download(browser.find(By.id("evaluation-xlsx")).getDomAttribute("href"));
            assertThat(xlsx.status()).isEqualTo(200);
            assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Row cb03 = null;
                for (Row row : workbook.getSheetAt(0)) {
                    if (row.getRowNum() > 3 && row.getCell(0) != null
                            && "CB03".equals(row.getCell(0).getStringCellValue())) {
                        cb03 = row;
                    }
                }
                assertThat(cb03).isNotNull();
                assertThat(cb03.getCell(1).getStringCellValue()).isEqualTo("Lê Minh Tuấn");
                assertThat(cb03.getCell(25).getStringCellValue()).isEqualTo("Hoàn thành tốt nhiệm vụ");
                assertThat(cb03.getCell(26).getStringCellValue()).isEqualTo("Đồng ý với đề xuất");
            }
            Browser.Download pdf = browser.download(browser.find(By.id("evaluation-pdf")).getDomAttribute("href"));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            Browser.Download csv = browser.download(browser.find(By.id("evaluation-csv")).getDomAttribute("href"));
            assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        }
        copyShots();
    }

    private static void copyShots() throws IOException {
        if (Files.isDirectory(SHOTS)) {
            for (String name : new String[] {"evaluation-propose", "evaluation-head", "evaluation-director"}) {
                Files.copy(Browser.SCREENSHOTS.resolve("e2e-" + name + ".png"), SHOTS.resolve(name + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
