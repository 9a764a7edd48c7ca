package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.report.RankingData;
import vn.motcua.security.DemoAccess;

/**
 * Rankings over HTTP with the hand-counted months of {@link RankingData} (the clock stands on 23/11/2026): the staff
 * API and files by month and quarter, and the public API, which publishes finished months only and nothing of citizens.
 */
class RankingsApiTest extends RunningApiTest {

    @BeforeEach
    void months() {
        new RankingData(jdbc, data).write();
        // A violation confirmed in March for Phạm Thu Trang; Nguyễn Thị Hương's late dossier was never ruled on.
        jdbc.sql("""
                insert into violation (center_id, kind, dossier_id, officer_id, unit_id, occurred_at, recorded_by,
                    evidence)
                select 1, 'RETURNED_BY_FAULT', d.id, d.receiving_officer_id, d.unit_id, d.received_at, 'CB02',
                    'Trả lại hồ sơ do lỗi'
                from dossier d where d.code = 'RK-6'""").update();
    }

    @Test
    void aManagerAndAHeadReadTheRankingsOfAMonthAndAQuarter() {
        JsonNode march = as("giamdoc").get("/api/v1/reports/rankings?month=2025-03").json();
        assertThat(march.get("period").asString()).isEqualTo("2025-03");
        assertThat(march.get("previous").asString()).isEqualTo("2025-02");
        assertThat(march.get("minimum").asInt()).isEqualTo(5);
        JsonNode satisfaction = march.get("officers").get(0);
        assertThat(satisfaction.get("criterion").asString()).isEqualTo("SATISFACTION");
        JsonNode first = satisfaction.get("lines").get(0);
        assertThat(first.get("name").asString()).isEqualTo("Nguyễn Thị Hương");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("movement").asString()).isEqualTo("UP");
        assertThat(satisfaction.get("lines").get(1).get("rank").asInt()).isEqualTo(1);
        JsonNode units = march.get("units").get(0).get("lines");
        assertThat(units.get(1).get("name").asString()).isEqualTo("Phòng Kinh tế");
        assertThat(units.get(1).get("value").asDouble()).isCloseTo(88.889, within(0.001));
        assertThat(units.get(3).get("rank").isNull()).isTrue();
        JsonNode quarter = as("CB02").get("/api/v1/reports/rankings?quarter=2025-Q1").json();
        assertThat(quarter.get("period").asString()).isEqualTo("2025-Q1");
        assertThat(quarter.get("previous").asString()).isEqualTo("2024-Q4");
        assertThat(quarter.get("officers").get(0).get("lines").get(1).get("name").asString()).isEqualTo("Vũ Ngọc Ánh");
        assertThat(as("CB01").get("/api/v1/reports/rankings?month=2025-03").status()).isEqualTo(403);
    }

    @Test
    void oddPeriodsAreRefusedInWords() {
        for (String query : List.of("", "?month=2025-03&quarter=2025-Q1", "?month=2025-13", "?quarter=2025-Q5",
                "?quarter=2025-1", "?month=9999-01", "?month=abc")) {
            Api.Reply refused = as("giamdoc").get("/api/v1/reports/rankings" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.json().get("code").asString()).as(query).isEqualTo("problem.rankings.period");
            assertThat(refused.json().get("detail").asString()).as(query).contains("YYYY-Qn");
        }
        assertThat(as("giamdoc").get("/api/v1/reports/rankings.pdf?quarter=Q1").status()).isEqualTo(400);
    }

    @Test
    void thePublicReadsFinishedMonthsOnlyWithoutAnyCitizen() {
        Api anyone = new Api(port);
        Api.Reply running = anyone.get("/api/v1/public/rankings?month=2026-11");
        assertThat(running.status()).isEqualTo(400);
        assertThat(running.json().get("code").asString()).isEqualTo("problem.rankings.unfinished");
        assertThat(running.json().get("detail").asString()).contains("Tháng 11/2026 chưa kết thúc");
        assertThat(anyone.get("/api/v1/public/rankings?month=2027-01").status()).isEqualTo(400);
        assertThat(anyone.get("/api/v1/public/rankings?month=2025-3").status()).isEqualTo(400);
        Api.Reply march = anyone.get("/api/v1/public/rankings?month=2025-03");
        assertThat(march.status()).isEqualTo(200);
        JsonNode body = march.json();
        assertThat(body.get("month").asString()).isEqualTo("2025-03");
        assertThat(body.get("didWell").values()).extracting(line -> line.get("name").asString())
                .containsExactly("Nguyễn Thị Hương", "Phạm Thu Trang");
        assertThat(body.get("officerViolations").values()).extracting(line -> line.get("name").asString())
                .containsExactly("Phạm Thu Trang");
        assertThat(body.get("officerViolations").get(0).get("byKind").get("RETURNED_BY_FAULT").asInt()).isEqualTo(1);
        assertThat(body.get("unitViolations").get(0).get("name").asString()).isEqualTo("Phòng Kinh tế");
        // The dossiers' owner and phone (Index766Dossiers writes them on every dossier) appear nowhere.
        assertThat(march.body()).doesNotContain("Nguyễn Văn An").doesNotContain("0912000111")
                .doesNotContain("RK-6").doesNotContain("Trả lại hồ sơ do lỗi");
        assertThat(anyone.get("/api/v1/public/rankings").json().get("month").asString()).isEqualTo("2026-10");
    }

    @Test
    void theThreeFilesCarryTheRankings() throws IOException {
        HttpResponse<byte[]> xlsx = file("/api/v1/reports/rankings.xlsx?month=2025-03");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("xep-hang-2025-03.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(6);
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Don vi - Hai long");
            Row economy = null;
            for (Row row : book.getSheetAt(0)) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
                        && row.getCell(1).getStringCellValue().equals("Phòng Kinh tế")) {
                    economy = row;
                }
            }
            assertThat(economy).isNotNull();
            assertThat(economy.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(economy.getCell(0).getNumericCellValue()).isEqualTo(2.0);
            // A percent cell holds the fraction, shown as a percent: Excel sums and charts it as a rate.
            assertThat(economy.getCell(2).getNumericCellValue()).isCloseTo(16.0 / 18, within(1e-9));
            assertThat(economy.getCell(3).getNumericCellValue()).isEqualTo(18.0);
            assertThat(economy.getCell(4).getStringCellValue()).isEqualTo("Giảm 1 bậc");
        }
        HttpResponse<byte[]> csv = file("/api/v1/reports/rankings.csv?month=2025-03");
        assertThat(List.of(csv.body()[0], csv.body()[1], csv.body()[2]))
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Tăng 1 bậc", "Giữ nguyên hạng",
                "Không xếp hạng: dưới 5 lượt đánh giá", "Vũ Ngọc Ánh");
        HttpResponse<byte[]> pdf = file("/api/v1/reports/rankings.pdf?quarter=2025-Q1");
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("xep-hang-2025-Q1.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("BẢNG XẾP HẠNG ĐƠN VỊ VÀ CÁN BỘ", "Quý 1/2025", "Phạm Thu Trang", "Quý 4/2024");
        }
    }

    private Api as(String who) {
        return new Api(port).as(Api.person(who, DemoAccess.PASSWORD));
    }

    private HttpResponse<byte[]> file(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("giamdoc:" + DemoAccess.PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
