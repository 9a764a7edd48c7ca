package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.report.RankingData;
import vn.motcua.security.DemoAccess;

/**
 * Rankings in Chromium with the hand-counted months of {@link RankingData}, the clock on 10/04/2025 so March is the
 * last finished month: the director's screen and its three files, the public page without sign-in on a desktop and a
 * phone, and the wall TV's rankings page. Screenshots also go to /work/shots17 (e2e-rankings-*.png).
 */
@BrowserTest
class RankingsBrowserTest {

    private static final Path SHOTS = Path.of("/work/shots17");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @BeforeEach
    void march() {
        new RankingData(jdbc, data).write();
        jdbc.sql("""
                insert into violation (center_id, kind, dossier_id, officer_id, unit_id, occurred_at, recorded_by,
                    evidence)
                select 1, 'RETURNED_BY_FAULT', d.id, d.receiving_officer_id, d.unit_id, d.received_at, 'CB02',
                    'Trả lại hồ sơ do lỗi'
                from dossier d where d.code = 'RK-6'""").update();
        clock.set(LocalDateTime.of(2025, 4, 10, 9, 0));
    }

    @AfterEach
    void backToTheTestDay() {
        data.startOfDay();
    }

    @Test
    void theDirectorReadsTheRankingsAndDownloadsTheFiles() throws IOException {
        try (Browser director = Browser.start("rankings-staff", "http://localhost:" + port, 1920, 1080)) {
            director.signIn("giamdoc", DemoAccess.PASSWORD).open("/");
            director.click(By.cssSelector("a.home-link[href='/bao-cao/xep-hang']"));
            director.waitForText(By.id("rankings-result"), "Biến động so với Tháng 2/2025");
            By huong = By.cssSelector("#rankings-officers-SATISFACTION tr[data-name='Nguyễn Thị Hương']");
            director.waitForText(huong, "Tăng 1 bậc");
            assertThat(director.find(huong).findElement(By.className("rank")).getText()).isEqualTo("1");
            assertThat(director.find(huong).findElement(By.className("ranking-arrow")).getDomAttribute("aria-hidden"))
                    .isEqualTo("true");
            director.waitForText(By.cssSelector("#rankings-officers-SATISFACTION tr[data-name='Phạm Thu Trang']"),
                    "Giữ nguyên hạng");
            director.waitForText(By.cssSelector("#rankings-officers-SATISFACTION tr[data-name='Vũ Ngọc Ánh']"),
                    "Không xếp hạng: dưới 5 lượt đánh giá");
            director.waitForText(By.cssSelector("#rankings-units-SATISFACTION tr[data-name='Phòng Kinh tế']"),
                    "88,9%");
            shot(director, "rankings-staff");

            Browser.Download xlsx = director.download(director.find(By.id("rankings-xlsx")).getDomAttribute("href"));
            assertThat(xlsx.status()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertThat(book.getNumberOfSheets()).isEqualTo(6);
                boolean found = false;
                for (var row : book.getSheet("Can bo - Hai long")) {
                    if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
                            && row.getCell(1).getStringCellValue().equals("Trần Văn Đức")) {
                        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(4.0);
                        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(0.75);
                        found = true;
                    }
                }
                assertThat(found).isTrue();
            }
            Browser.Download csv = director.download(director.find(By.id("rankings-csv")).getDomAttribute("href"));
            assertThat(List.of(csv.body()[0], csv.body()[1], csv.body()[2]))
                    .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Mới vào xếp hạng");
            Browser.Download pdf = director.download(director.find(By.id("rankings-pdf")).getDomAttribute("href"));
            assertThat(pdf.contentType()).startsWith("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                        .contains("BẢNG XẾP HẠNG ĐƠN VỊ VÀ CÁN BỘ", "Tháng 3/2025", "Nguyễn Thị Hương");
            }

            director.open("/bao-cao/xep-hang?ky=2025-Q1");
            director.waitForText(By.id("rankings-result"), "Biến động so với Quý 4/2024");
            director.waitForText(By.cssSelector("#rankings-officers-SATISFACTION tr[data-name='Vũ Ngọc Ánh']"),
                    "Mới vào xếp hạng");
        }
    }

    @Test
    void anyoneReadsLastMonthOnADesktopAndOnAPhone() {
        for (int[] size : new int[][] {{1920, 1080}, {390, 844}}) {
            String name = "rankings-public-" + size[0] + "x" + size[1];
            try (Browser anyone = Browser.start(name, "http://localhost:" + port, size[0], size[1])) {
                anyone.open("/cong-khai");
                anyone.waitForText(By.id("public-heading"), "Kết quả phục vụ người dân tháng 3/2025");
                anyone.waitForText(By.id("public-did-well"), "Nguyễn Thị Hương");
                anyone.waitForText(By.id("public-did-well"), "Phạm Thu Trang");
                anyone.waitForText(By.cssSelector("#public-units-SATISFACTION tr[data-name='Phòng Tư pháp – Hộ tịch']"),
                        "100,0%");
                anyone.waitForText(By.cssSelector("#public-violations-officers tr[data-name='Phạm Thu Trang']"),
                        "Hồ sơ bị trả lại do lỗi của cán bộ: 1");
                String page = anyone.find(By.tagName("body")).getText();
                assertThat(page).doesNotContain("Nguyễn Văn An").doesNotContain("0912000111")
                        .doesNotContain("RK-6").doesNotContain("Đăng nhập vào");
                // Nothing reaches past the screen's right edge: a phone reads it without scrolling sideways.
                List<String> overflowing = anyone.all(By.cssSelector(".public-rankings *")).stream()
                        .filter(element -> element.getRect().getX() + element.getRect().getWidth() > size[0] + 1)
                        .map(element -> element.getTagName() + "." + element.getDomAttribute("class") + " "
                                + element.getRect().getWidth())
                        .limit(5).toList();
                shot(anyone, name);
                assertThat(overflowing).as(name).isEmpty();
            }
        }
    }

    @Test
    void theWallTvTurnsToLastMonthsRankings() {
        try (Browser tv = Browser.start("rankings-tv", "http://localhost:" + port, 1920, 1080)) {
            tv.signIn("giamdoc", DemoAccess.PASSWORD).open("/board/tv");
            tv.waitForText(By.cssSelector(".board-dot.active"), "");
            for (int turn = 0; turn < 5 && tv.all(By.id("board-rankings")).isEmpty(); turn++) {
                clock.advance(Duration.ofSeconds(15));
                tv.waitUntilIdle();
                sleep();
            }
            tv.waitForExactText(By.cssSelector(".board-dot.active"), "Xếp hạng tháng trước");
            tv.waitForText(By.id("board-rankings"), "Tháng 3/2025");
            tv.waitForText(By.cssSelector("#board-rankings-officers tr[data-name='Nguyễn Thị Hương']"), "Tăng 1 bậc");
            shot(tv, "rankings-tv");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void shot(Browser browser, String name) {
        Path taken = browser.screenshot(name);
        try {
            Files.createDirectories(SHOTS);
            Files.copy(taken, SHOTS.resolve(taken.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
