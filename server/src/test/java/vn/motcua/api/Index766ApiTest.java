package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.report.Index766Dossiers;
import vn.motcua.report.Index766FiguresTest;
import vn.motcua.security.DemoAccess;

/** The 766 index over HTTP with October's hand-computed dossiers: figures, drill-down, files, marks, by role. */
class Index766ApiTest extends RunningApiTest {

    @BeforeEach
    void october() {
        DossierTestData.reset(jdbc);
        jdbc.sql("delete from audit_record where action = 'DOSSIER_MARKED'").update();
        Index766FiguresTest.october(new Index766Dossiers(jdbc));
    }

    @Test
    void theManagerReadsTheCenterAndEveryUnit() {
        JsonNode index = as("giamdoc").get("/api/v1/reports/index766?month=2026-10").json();
        assertThat(index.get("from").asString()).isEqualTo("2026-10-01");
        assertThat(index.get("running").asBoolean()).isFalse();
        assertThat(index.get("group").get("score").asDouble()).isEqualTo(39.5);
        JsonNode onTime = index.get("group").get("indicators").get(1);
        assertThat(onTime.get("code").asString()).isEqualTo("ON_TIME");
        assertThat(onTime.get("percent").asDouble()).isEqualTo(62.5);
        assertThat(onTime.get("points").asDouble()).isEqualTo(12.5);
        assertThat(index.get("group").get("counts").get("handled").asInt()).isEqualTo(8);
        assertThat(index.get("units").values()).hasSize(4);
        assertThat(as("giamdoc").get("/api/v1/reports/index766?month=2026-11").json().get("running").asBoolean())
                .isTrue();
    }

    @Test
    void aHeadReadsTheirUnitAlone() {
        JsonNode index = as("CB02").get("/api/v1/reports/index766?month=2026-10").json();
        assertThat(index.get("group").get("name").asString()).isEqualTo("Phòng Kinh tế");
        assertThat(index.get("group").get("score").asDouble()).isEqualTo(100.0);
        assertThat(index.get("units").values()).hasSize(1);
        Api.Reply other = as("CB02").get("/api/v1/reports/index766?month=2026-10&unit=TP");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("code").asString()).isEqualTo("problem.dossier.other-unit");
        assertThat(as("CB02").get("/api/v1/reports/index766/dossiers?month=2026-10&indicator=ON_TIME").json()
                .get("total").asInt()).isZero();
        assertThat(get("/api/v1/reports/index766.csv?month=2026-10&unit=TP", "CB02").statusCode()).isEqualTo(403);
    }

    @Test
    void theDrillDownNamesTheLateDossiersWithoutTheCitizen() {
        Api.Reply late = as("giamdoc").get("/api/v1/reports/index766/dossiers?month=2026-10&indicator=on_time&unit=TP");
        assertThat(late.json().get("total").asInt()).isEqualTo(3);
        assertThat(late.json().get("dossiers").values()).extracting(line -> line.get("code").asString())
                .containsExactly("D2", "D8", "D3");
        assertThat(late.json().get("dossiers").get(1).get("reasons").get(0).asString())
                .isEqualTo("SECOND_SUPPLEMENT");
        assertThat(late.body()).doesNotContain("Nguyễn Văn An").doesNotContain("0912000111");
    }

    @Test
    void oddParametersAreRefusedInWords() {
        expect("/api/v1/reports/index766?month=2026-10&from=2026-10-01&to=2026-10-02", "problem.index766.period");
        expect("/api/v1/reports/index766", "problem.index766.period");
        expect("/api/v1/reports/index766?from=2026-01-01", "problem.index766.period");
        expect("/api/v1/reports/index766?from=2026-01-01&to=2027-01-03", "problem.index766.days");
        expect("/api/v1/reports/index766?from=2026-02-01&to=2026-01-03", "problem.index766.days");
        expect("/api/v1/reports/index766?month=2026-10&unit=NOPE", "problem.index766.unit");
        expect("/api/v1/reports/index766/dossiers?month=2026-10&indicator=LUNCH", "problem.index766.indicator");
        expect("/api/v1/reports/index766.pdf?month=9999-10", "problem.index766.period");
        assertThat(as("giamdoc").get("/api/v1/reports/index766?month=2026-13").status()).isEqualTo(400);
        // Days 1 to 15: D4, received on the 28th, is not yet there.
        assertThat(as("giamdoc").get("/api/v1/reports/index766?from=2026-10-01&to=2026-10-15").json()
                .get("group").get("counts").get("handled").asInt()).isEqualTo(7);
    }

    @Test
    void theThreeFilesCarryTheFiguresAndNoCitizen() throws IOException {
        HttpResponse<byte[]> xlsx = get("/api/v1/reports/index766.xlsx?month=2026-10", "giamdoc");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("chi-so-766-2026-10.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet rates = book.getSheetAt(0);
            Row center = null;
            for (Row row : rates) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().equals("Phòng Kinh tế")) {
                    center = row;
                }
            }
            assertThat(center).isNotNull();
            assertThat(center.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(center.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(book.getNumberOfSheets()).isEqualTo(8);
        }
        HttpResponse<byte[]> csv = get("/api/v1/reports/index766.csv?month=2026-10", "giamdoc");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("chi-so-766-2026-10.csv");
        assertThat(List.of(csv.body()[0], csv.body()[1], csv.body()[2]))
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("D2").doesNotContain("Nguyễn Văn An").doesNotContain("0912000111");
        HttpResponse<byte[]> pdf = get("/api/v1/reports/index766.pdf?month=2026-10", "giamdoc");
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("CHỈ SỐ PHỤC VỤ").contains("Tháng 10/2026");
        }
    }

    @Test
    void aMarkIsAuditedAndMovesTheFigures() {
        String marks = "{\"documentsDigitised\":true,\"resultDigitised\":true,\"paidOnline\":true,\"synced\":true}";
        Api.Reply marked = as("giamdoc").post("/api/v1/dossiers/D4/marks", marks);
        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.json().get("paidOnline").asBoolean()).isTrue();
        assertThat(marked.json().get("syncedAt").isNull()).isFalse();
        String detail = jdbc.sql("select detail from audit_record where action = 'DOSSIER_MARKED' and subject = 'D4'")
                .query(String.class).single();
        assertThat(detail).contains("documentsDigitised false → true").contains("paidOnline unknown → true")
                .contains("synced false → true");
        JsonNode counts = as("giamdoc").get("/api/v1/reports/index766?month=2026-10").json().get("group")
                .get("counts");
        assertThat(counts.get("paymentRecorded").asInt()).isEqualTo(3);
        assertThat(counts.get("synced").asInt()).isEqualTo(3);
        // The same marks again change nothing; a head of Kinh tế may not mark a dossier of Tư pháp.
        as("giamdoc").post("/api/v1/dossiers/D4/marks", marks);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'DOSSIER_MARKED'").query(Long.class)
                .single()).isEqualTo(1);
        assertThat(as("CB02").post("/api/v1/dossiers/D4/marks", marks).status()).isEqualTo(403);
        assertThat(as("CB02").post("/api/v1/dossiers/D11/marks", marks).status()).isEqualTo(200);
    }

    private void expect(String path, String code) {
        Api.Reply refused = as("giamdoc").get(path);
        assertThat(refused.status()).as(path).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).as(path).isEqualTo(code);
        assertThat(refused.json().get("detail").asString()).as(path).doesNotStartWith("!");
    }

    private Api as(String who) {
        return new Api(port).as(Api.person(who, DemoAccess.PASSWORD));
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
