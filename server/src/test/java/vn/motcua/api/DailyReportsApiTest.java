package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.LateTestData;
import vn.motcua.dossier.RecordProvinceDossiers;
import vn.motcua.dossier.internal.DossierLatenessRepository;
import vn.motcua.report.DailyTestData;
import vn.motcua.security.DemoAccess;

/**
 * The daily report and the weekly overdue files over HTTP on the hand-built Tuesday of {@link DailyTestData}, read on
 * Wednesday 2/12/2026: the JSON figures, each file read back, and the refusals in words.
 */
class DailyReportsApiTest extends RunningApiTest {

    @Autowired
    MutableClock clock;
    @Autowired
    RecordProvinceDossiers record;
    @Autowired
    Dossiers dossiers;
    @Autowired
    DossierLatenessRepository latenesses;

    @BeforeEach
    void tuesdayAndLateDossiers() {
        new DailyTestData(jdbc, data).write();
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 30));
        DossierTestData.record(record);
        LateTestData.forgetWatch(jdbc);
        late("TP-1", LocalDateTime.of(2026, 11, 29, 23, 30), unit("TP"));
        late("TP-2", LocalDateTime.of(2026, 11, 30, 0, 30), unit("TP"));
        late("KT-1", LocalDateTime.of(2026, 11, 10, 8, 0), unit("KT"));
    }

    @Test
    void theManagerReadsTheDayCountedByHand() {
        JsonNode day = as("giamdoc").get("/api/v1/reports/daily?day=2026-11-24").json();

        JsonNode center = day.get("center");
        assertThat(day.get("day").asString()).isEqualTo("2026-11-24");
        assertThat(List.of(center.get("issued").asLong(), center.get("served").asLong(), center.get("absent").asLong(),
                center.get("carriedOver").asLong())).containsExactly(4L, 3L, 1L, 1L);
        assertThat(center.get("averageWaitSeconds").asLong()).as("18 min 45 s").isEqualTo(1125);
        assertThat(center.get("longestWaitSeconds").asLong()).isEqualTo(1800);
        assertThat(center.get("averageServiceSeconds").asLong()).isEqualTo(780);
        assertThat(center.get("ratings").get("UNSATISFIED").asLong()).isEqualTo(1);
        assertThat(center.get("satisfiedPercent").asDouble()).isEqualTo(33.3);
        JsonNode counter1 = day.get("counters").get(0);
        assertThat(counter1.get("number").asInt()).isEqualTo(1);
        assertThat(counter1.get("figures").get("served").asLong()).isEqualTo(2);
        assertThat(day.get("officers").values()).extracting(officer -> officer.get("code").asString())
                .containsExactly("CB01", "CB04");
    }

    @Test
    void aHeadSeesTheirUnitsOfficersAndAnOfficerNothing() {
        JsonNode day = as("CB02").get("/api/v1/reports/daily?day=2026-11-24").json();

        assertThat(day.get("officers").values()).singleElement()
                .satisfies(officer -> assertThat(officer.get("code").asString()).isEqualTo("CB04"));
        assertThat(day.get("center").get("served").asLong()).isEqualTo(3);
        assertThat(as("CB01").get("/api/v1/reports/daily").status()).isEqualTo(403);
        assertThat(as("CB01").get("/api/v1/reports/overdue-weekly.csv?month=2026-11").status()).isEqualTo(403);
    }

    @Test
    void badDaysAndMonthsAreRefusedInWords() {
        Api.Reply tomorrow = as("giamdoc").get("/api/v1/reports/daily?day=2026-12-03");
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(tomorrow.json().get("code").asString()).isEqualTo("problem.daily.day");
        assertThat(tomorrow.json().get("detail").asString()).contains("2026-12-03", "hôm nay (2026-12-02)");
        assertThat(as("giamdoc").get("/api/v1/reports/daily?day=1999-12-31").status()).isEqualTo(400);
        assertThat(as("giamdoc").get("/api/v1/reports/daily?day=2026-13-01").isProblem()).isTrue();
        Api.Reply both = as("giamdoc").accepting("text/csv")
                .get("/api/v1/reports/daily.csv?day=2026-11-24&month=2026-11");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("code").asString()).isEqualTo("problem.daily.period");
        assertThat(as("giamdoc").get("/api/v1/reports/daily.pdf").status()).isEqualTo(400);
        assertThat(as("giamdoc").get("/api/v1/reports/daily.xlsx?month=2027-01").json().get("code").asString())
                .isEqualTo("problem.daily.month");
        Api.Reply noMonth = as("giamdoc").get("/api/v1/reports/overdue-weekly.xlsx");
        assertThat(noMonth.status()).isEqualTo(400);
        assertThat(noMonth.json().get("code").asString()).isEqualTo("problem.weekly.month");
        assertThat(as("giamdoc").get("/api/v1/reports/overdue-weekly.pdf?month=11-2026").status()).isEqualTo(400);
    }

    @Test
    void theDaysWorkbookHasNumbersAsNumbersAndTheMonthsDaysAsDates() throws IOException {
        HttpResponse<byte[]> day = get("/api/v1/reports/daily.xlsx?day=2026-11-24", "giamdoc");
        assertThat(day.statusCode()).isEqualTo(200);
        assertThat(day.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("bao-cao-ngay-2026-11-24.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(day.body()))) {
            Row center = book.getSheetAt(0).getRow(4);
            assertThat(center.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(center.getCell(0).getNumericCellValue()).as("issued").isEqualTo(4);
            assertThat(center.getCell(3).getNumericCellValue()).as("carried over").isEqualTo(1);
            assertThat(center.getCell(4).getNumericCellValue()).as("average wait, minutes").isEqualTo(18.8);
            assertThat(center.getCell(6).getNumericCellValue()).as("average service").isEqualTo(13.0);
            assertThat(center.getCell(12).getNumericCellValue()).as("satisfied, a percent-formatted fraction")
                    .isCloseTo(0.333, org.assertj.core.data.Offset.offset(1e-9));
            Sheet counters = book.getSheetAt(1);
            assertThat(counters.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Quầy 1 – Tư pháp – Hộ tịch");
            assertThat(counters.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(book.getSheetAt(2).getRow(3).getCell(1).getStringCellValue()).isEqualTo("Cán bộ");
        }
        HttpResponse<byte[]> month = get("/api/v1/reports/daily.xlsx?month=2026-11", "giamdoc");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(month.body()))) {
            Sheet days = book.getSheetAt(0);
            Row tuesday = days.getRow(4 + 23);
            assertThat(DateUtil.isCellDateFormatted(tuesday.getCell(0))).isTrue();
            assertThat(tuesday.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 24));
            assertThat(tuesday.getCell(2).getNumericCellValue()).as("served").isEqualTo(3);
            assertThat(days.getRow(4 + 29).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 30));
        }
    }

    @Test
    void theCsvHasItsMarkAndThePdfItsWords() throws IOException {
        HttpResponse<byte[]> csv = get("/api/v1/reports/daily.csv?day=2026-11-24", "giamdoc");
        assertThat(List.of(csv.body()[0], csv.body()[1], csv.body()[2]))
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Chờ trung bình (phút)",
                "Nguyễn Thị Hương", "18.8", "33.3");
        HttpResponse<byte[]> pdf = get("/api/v1/reports/daily.pdf?day=2026-11-24", "giamdoc");
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
                    "BÁO CÁO NGÀY: LƯỢT PHỤC VỤ, THỜI GIAN CHỜ VÀ ĐÁNH GIÁ", "Ngày 24/11/2026", "Phạm Thu Trang",
                    "Người lập biểu");
        }
    }

    @Test
    void theWeeklyFilesCountTheWeeksOfTheMonth() throws IOException {
        HttpResponse<byte[]> xlsx = get("/api/v1/reports/overdue-weekly.xlsx?month=2026-11", "giamdoc");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet weeks = book.getSheetAt(0);
            assertThat(weeks.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Tuần 44 (26/10–01/11)");
            assertThat(weeks.getRow(3).getCell(6).getStringCellValue()).isEqualTo("Tuần 49 (30/11–06/12)");
            Row justice = weeks.getRow(6);
            assertThat(justice.getCell(0).getStringCellValue()).isEqualTo("Phòng Tư pháp – Hộ tịch");
            assertThat(justice.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(List.of(justice.getCell(5).getNumericCellValue(), justice.getCell(6).getNumericCellValue(),
                    justice.getCell(7).getNumericCellValue())).as("weeks 48, 49, total").containsExactly(1.0, 1.0, 2.0);
            assertThat(weeks.getRow(5).getCell(3).getNumericCellValue()).as("Kinh tế, week 46").isEqualTo(1);
        }
        HttpResponse<byte[]> csv = get("/api/v1/reports/overdue-weekly.csv?month=2026-11", "CB02");
        assertThat(csv.body()[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Phòng Kinh tế")
                .doesNotContain("Phòng Tư pháp");
        HttpResponse<byte[]> pdf = get("/api/v1/reports/overdue-weekly.pdf?month=2026-11", "giamdoc");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("THỐNG KÊ HỒ SƠ QUÁ HẠN THEO TUẦN", "Các tuần của tháng 11/2026", "Chưa giao đơn vị");
        }
    }

    private Api as(String who) {
        return new Api(port).as(Api.person(who, DemoAccess.PASSWORD));
    }

    private void late(String code, LocalDateTime foundAt, Long unitId) {
        LateTestData.late(latenesses, dossiers.find(code).orElseThrow(), DossierTestData.local(foundAt), null, unitId,
                null);
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    private HttpResponse<byte[]> get(String path, String who) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (who + ":" + DemoAccess.PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
