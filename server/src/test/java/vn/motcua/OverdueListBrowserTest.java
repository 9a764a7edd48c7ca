package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.LateTestData;
import vn.motcua.dossier.RecordProvinceDossiers;
import vn.motcua.dossier.internal.DossierLatenessRepository;
import vn.motcua.dossier.internal.DossierWarningRepository;
import vn.motcua.security.DemoAccess;

/**
 * The daily overdue list in Chromium: the head of Kinh tế reads their unit's late and nearly due dossiers and
 * downloads the PDF and the workbook; the manager reads every unit, the unassigned and the weekly count.
 * Screenshots: target/screenshots/e2e-overdue-*.png.
 */
@BrowserTest
class OverdueListBrowserTest {

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
    @Autowired
    DossierLatenessRepository latenesses;
    @Autowired
    DossierWarningRepository warnings;
    @Autowired
    QueueTestData data;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @BeforeEach
    void lateDossiersOnWednesday() {
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 30));
        DossierTestData.record(record);
        record.record(List.of(DossierTestData.row("KT-2", DossierTestData.KNOWN_PROCEDURE, null,
                DossierStatus.PROCESSING, LocalDateTime.of(2026, 12, 3, 10, 0), "Phòng Kinh tế")), Actor.SYSTEM);
        LateTestData.forgetWatch(jdbc);
        long kt = jdbc.sql("select id from unit where code = 'KT'").query(Long.class).single();
        long tp = jdbc.sql("select id from unit where code = 'TP'").query(Long.class).single();
        LateTestData.late(latenesses, dossier("KT-1"), at(2026, 12, 1, 8, 0), data.officerId("CB03"), kt,
                data.officerId("CB02"));
        LateTestData.late(latenesses, dossier("TP-1"), at(2026, 11, 29, 23, 30), null, tp, null);
        LateTestData.late(latenesses, dossier("XD-1"), at(2026, 12, 1, 8, 0), null, null, null);
        LateTestData.warned(warnings, dossier("KT-2"), at(2026, 12, 2, 9, 0), null, kt);
    }

    @Test
    void theHeadReadsTheirUnitsListAndDownloadsItsPaperAndWorkbook() throws IOException {
        try (Browser head = Browser.start("overdue-head", "http://localhost:" + port, 1366, 900)) {
            head.signIn("CB02", DemoAccess.PASSWORD).open("/");
            head.click(By.cssSelector("a.home-link[href='/ho-so/qua-han']"));
            head.waitForText(By.id("overdue-day"), "Ngày 02/12/2026");
            head.waitForText(By.id("overdue-day"), "1 quá hạn, 1 sắp đến hạn");
            head.waitForExactText(By.className("overdue-unit-name"), "Phòng Kinh tế (Trưởng bộ phận: Trần Văn Đức)");
            head.waitForExactText(By.cssSelector(".overdue-late .overdue-code"), "KT-1");
            head.waitForText(By.cssSelector(".overdue-late .overdue-answering"), "Lê Minh Tuấn; Trưởng bộ phận: Trần Văn Đức");
            head.waitForExactText(By.cssSelector(".overdue-due-soon .overdue-code"), "KT-2");
            head.waitForText(By.cssSelector(".overdue-due-soon .overdue-procedure"), DossierTestData.KNOWN_PROCEDURE_NAME);
            assertThat(head.all(By.className("overdue-unit"))).hasSize(1);
            assertThat(head.find(By.tagName("body")).getText()).doesNotContain("TP-1", "XD-1", "Chưa xác định đơn vị");
            head.screenshot("overdue-head");

            Browser.Download pdf = head.download(head.find(By.id("overdue-pdf")).getDomAttribute("href"));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
                        "DANH SÁCH HỒ SƠ QUÁ HẠN VÀ SẮP ĐẾN HẠN", "KT-1", "KT-2", "Lê Minh Tuấn", "Sắp đến hạn",
                        "TRƯỞNG BỘ PHẬN", "Trần Văn Đức").doesNotContain("XD-1");
            }
            Browser.Download xlsx = head.download(head.find(By.id("overdue-xlsx")).getDomAttribute("href"));
            assertThat(xlsx.status()).isEqualTo(200);
            assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
            assertThat(codes(xlsx.body())).containsExactly("KT-1", "KT-2");
        }
    }

    @Test
    void theManagerReadsEveryUnitTheUnassignedAndTheWeeklyCount() throws IOException {
        try (Browser manager = Browser.start("overdue-manager", "http://localhost:" + port, 1366, 900)) {
            manager.signIn("giamdoc", DemoAccess.PASSWORD).open("/ho-so/qua-han");
            manager.waitForText(By.id("overdue-day"), "3 quá hạn, 1 sắp đến hạn");
            List<String> units = manager.all(By.className("overdue-unit-name")).stream().map(WebElement::getText)
                    .toList();
            assertThat(units).containsExactly("Công an xã", "Phòng Kinh tế (Trưởng bộ phận: Trần Văn Đức)",
                    "Phòng Tư pháp – Hộ tịch", "Phòng Văn hóa – Xã hội", "Chưa xác định đơn vị");
            manager.waitForExactText(By.cssSelector(".overdue-unit[data-unit=''] .overdue-code"), "XD-1");
            manager.waitForText(By.cssSelector(".overdue-unit[data-unit=''] .overdue-holder"),
                    "Không có người giữ tại trung tâm");
            WebElement tpWeek = manager.find(By.cssSelector(".overdue-week-row[data-unit='Phòng Tư pháp – Hộ tịch']"));
            List<String> counts = tpWeek.findElements(By.className("overdue-week-count")).stream()
                    .map(WebElement::getText).toList();
            assertThat(counts).as("found late on Sunday night: last week's").endsWith("1", "0");
            manager.screenshot("overdue-manager");

            Browser.Download xlsx = manager.download(manager.find(By.id("overdue-xlsx")).getDomAttribute("href"));
            assertThat(xlsx.status()).isEqualTo(200);
            assertThat(codes(xlsx.body())).containsExactly("KT-1", "KT-2", "TP-1", "XD-1");
            Browser.Download pdf = manager.download(manager.find(By.id("overdue-pdf")).getDomAttribute("href"));
            assertThat(pdf.contentType()).startsWith("application/pdf");
            Browser.Download yesterday = manager.download("/giay-to/qua-han/2026-12-01.pdf");
            assertThat(yesterday.status()).isEqualTo(400);
            assertThat(new String(yesterday.body(), StandardCharsets.UTF_8))
                    .contains("chỉ lập cho hôm nay");
        }
    }

    /** The dossier codes of the workbook's list, row by row, each cell checked to be text in a typed row. */
    private static List<String> codes(byte[] workbook) throws IOException {
        List<String> codes = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                    codes.add(row.getCell(2).getStringCellValue());
                }
            }
        }
        return codes;
    }

    private Dossier dossier(String code) {
        return dossiers.find(code).orElseThrow();
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return DossierTestData.local(LocalDateTime.of(year, month, day, hour, minute));
    }
}
