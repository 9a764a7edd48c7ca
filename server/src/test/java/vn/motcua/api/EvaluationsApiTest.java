package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.forms.ReportFiles;
import vn.motcua.security.DemoAccess;

/**
 * The monthly evaluation over HTTP in November 2026: who reads which lines, the head of Kinh tế proposes for CB03,
 * the director decides, refusals in words, and the three files read back.
 */
class EvaluationsApiTest extends RunningApiTest {

    private static final String STEP = "{\"month\":\"2026-11\",\"grade\":\"%s\",\"reason\":\"%s\"}";

    @Test
    void anOfficerReadsTheirLineAHeadTheirUnitTheDirectorEveryone() {
        assertThat(codes(person("CB03").get("/api/v1/evaluations?month=2026-11").json())).containsExactly("CB03");
        assertThat(codes(person("CB02").get("/api/v1/evaluations?month=2026-11").json()))
                .containsExactlyInAnyOrder("CB02", "CB03", "CB04");
        JsonNode all = person("giamdoc").get("/api/v1/evaluations?month=2026-11").json();
        assertThat(codes(all)).contains("CB01", "CB05", "CB06", "CB07");
        assertThat(all.get("units").size()).isEqualTo(4);
        JsonNode cb02 = line(all, "CB02");
        assertThat(cb02.get("head").asBoolean()).isTrue();
        assertThat(cb02.get("unitGrade").asString()).isEqualTo("EXCELLENT");
        assertThat(line(all, "CB07").get("graded").asBoolean()).isFalse();
        assertThat(line(all, "CB07").get("ruleGrade").isNull()).isTrue();
    }

    @Test
    void oddQueriesAreRefusedInWords() {
        Api director = person("giamdoc");
        for (String query : List.of("", "?month=2026-13", "?month=2026-11&unit=abc",
                "?month=2026-11&unit=99999999999999999999", "?month=99999-01")) {
            Api.Reply reply = director.get("/api/v1/evaluations" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().get("detail").asString()).as(query).isNotBlank();
        }
        long tp = jdbc.sql("select id from unit where code = 'TP'").query(Long.class).single();
        Api.Reply otherUnit = person("CB02").get("/api/v1/evaluations?month=2026-11&unit=" + tp);
        assertThat(otherUnit.status()).isEqualTo(403);
        assertThat(otherUnit.json().get("detail").asString()).contains("bộ phận mình");
    }

    @Test
    void theHeadProposesTheDirectorDecidesAndNeitherMayDoTheOthersStep() {
        Api head = person("CB02");
        Api director = person("giamdoc");

        assertThat(person("CB03").post("/api/v1/evaluations/CB04/proposal", STEP.formatted("GOOD", "x")).status())
                .isEqualTo(403);
        Api.Reply empty = head.post("/api/v1/evaluations/CB03/proposal", STEP.formatted("GOOD", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("code").asString()).isEqualTo("problem.evaluation.reason");
        assertThat(head.post("/api/v1/evaluations/CB03/proposal", STEP.formatted("BEST", "x")).status())
                .isEqualTo(400);
        assertThat(head.post("/api/v1/evaluations/CB07/proposal", STEP.formatted("GOOD", "x")).status())
                .isEqualTo(409);
        Api.Reply proposed = head.post("/api/v1/evaluations/CB03/proposal", STEP.formatted("GOOD", "Chủ động"));
        assertThat(proposed.status()).isEqualTo(200);
        assertThat(proposed.json().get("proposal").get("grade").asString()).isEqualTo("GOOD");
        assertThat(head.post("/api/v1/evaluations/CB03/decision", STEP.formatted("GOOD", "x")).status())
                .isEqualTo(403);

        Api.Reply decided = director.post("/api/v1/evaluations/CB03/decision", STEP.formatted("DONE", "Còn trễ"));

        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("decision").get("grade").asString()).isEqualTo("DONE");
        assertThat(decided.json().get("decision").get("by").asString()).isEqualTo("giamdoc");
        Api.Reply again = director.post("/api/v1/evaluations/CB03/decision", STEP.formatted("GOOD", "Lại"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("Lê Minh Tuấn", "đã được quyết định");
    }

    @Test
    void theFilesCarryTheRowsTheReaderMaySeeWithNumbersAsNumbers() throws IOException {
        person("CB02").post("/api/v1/evaluations/CB03/proposal", STEP.formatted("GOOD", "Chủ động"));
        HttpResponse<byte[]> xlsx = file("/api/v1/reports/evaluations.xlsx?month=2026-11", "CB02");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).startsWith(ReportFiles.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet officers = workbook.getSheetAt(0);
            assertThat(officers.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("BÁO CÁO ĐÁNH GIÁ, XẾP LOẠI CÁN BỘ HẰNG THÁNG");
            List<String> codes = new ArrayList<>();
            Row cb03 = null;
            for (Row row : officers) {
                if (row.getRowNum() > 3 && row.getCell(0) != null && row.getCell(1) != null) {
                    codes.add(row.getCell(0).getStringCellValue());
                    if ("CB03".equals(row.getCell(0).getStringCellValue())) {
                        cb03 = row;
                    }
                }
            }
            assertThat(codes).containsExactlyInAnyOrder("CB02", "CB03", "CB04");
            assertThat(cb03).isNotNull();
            assertThat(cb03.getCell(3).getCellType()).as("received, a number").isEqualTo(CellType.NUMERIC);
            assertThat(cb03.getCell(23).getStringCellValue()).isEqualTo("Hoàn thành tốt nhiệm vụ");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
        }
        HttpResponse<byte[]> csv = file("/api/v1/reports/evaluations.csv?month=2026-11", "giamdoc");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Lê Minh Tuấn", "Vũ Ngọc Ánh");
        HttpResponse<byte[]> pdf = file("/api/v1/reports/evaluations.pdf?month=2026-11", "giamdoc");
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith(ReportFiles.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("BÁO CÁO ĐÁNH GIÁ, XẾP LOẠI CÁN BỘ HẰNG THÁNG", "Tháng 11/2026", "Lê Minh Tuấn",
                    "Chủ tịch", "Người lập biểu");
        }
        assertThat(file("/api/v1/reports/evaluations.xlsx?month=2026-11", "CB01").statusCode())
                .as("an officer reads their line on the screen, not the report").isEqualTo(403);
    }

    private static List<String> codes(JsonNode month) {
        List<String> codes = new ArrayList<>();
        month.get("officers").forEach(each -> codes.add(each.get("officerCode").asString()));
        return codes;
    }

    private static JsonNode line(JsonNode month, String code) {
        for (JsonNode each : month.get("officers")) {
            if (each.get("officerCode").asString().equals(code)) {
                return each;
            }
        }
        throw new AssertionError("no line for " + code);
    }

    private Api person(String username) {
        return new Api(port).as(Api.person(username, DemoAccess.PASSWORD));
    }

    private HttpResponse<byte[]> file(String path, String who) {
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
