package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import vn.motcua.security.DemoAccess;

/** The daily overdue list and the weekly count over HTTP, by role: a head reads their unit, a manager every unit. */
class OverdueReportsApiTest extends RunningApiTest {

    @Autowired
    MutableClock clock;
    @Autowired
    RecordProvinceDossiers record;
    @Autowired
    Dossiers dossiers;
    @Autowired
    DossierLatenessRepository latenesses;

    @BeforeEach
    void lateDossiers() {
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 30));
        DossierTestData.record(record);
        LateTestData.forgetWatch(jdbc);
        late("TP-1", LocalDateTime.of(2026, 11, 29, 23, 30), null, unit("TP"), null);
        late("KT-1", LocalDateTime.of(2026, 12, 1, 8, 0), data.officerId("CB03"), unit("KT"), data.officerId("CB02"));
        late("XD-1", LocalDateTime.of(2026, 12, 1, 8, 0), null, null, null);
    }

    @Test
    void theManagerReadsEveryUnitAndTheUnassigned() {
        JsonNode list = as("giamdoc").get("/api/v1/reports/overdue").json();

        assertThat(list.get("day").asString()).isEqualTo("2026-12-02");
        List<JsonNode> units = list.get("units").values().stream().toList();
        assertThat(units).extracting(unit -> unit.get("unit").isNull() ? null : unit.get("unit").asString())
                .containsExactly("Công an xã", "Phòng Kinh tế", "Phòng Tư pháp – Hộ tịch", "Phòng Văn hóa – Xã hội",
                        null);
        JsonNode tp1 = units.get(2).get("late").get(0);
        assertThat(tp1.get("code").asString()).isEqualTo("TP-1");
        assertThat(tp1.get("procedureName").asString()).isEqualTo(DossierTestData.KNOWN_PROCEDURE_NAME);
        assertThat(tp1.get("lateWorkingMinutes").asLong()).as("from 20/11 16:00: 7 working days and an hour")
                .isEqualTo(60 + 7 * 570 + 120);
        assertThat(units.getLast().get("late").get(0).get("code").asString()).isEqualTo("XD-1");
        assertThat(units.get(1).get("headName").asString()).isEqualTo("Trần Văn Đức");
    }

    @Test
    void aHeadReadsTheirUnitAloneAndAnOfficerNothing() {
        JsonNode list = as("CB02").get("/api/v1/reports/overdue?day=2026-12-02").json();

        assertThat(list.get("units").values()).singleElement().satisfies(unit -> {
            assertThat(unit.get("unit").asString()).isEqualTo("Phòng Kinh tế");
            JsonNode kt1 = unit.get("late").get(0);
            assertThat(kt1.get("code").asString()).isEqualTo("KT-1");
            assertThat(kt1.get("answeringOfficer").asString()).isEqualTo("Lê Minh Tuấn");
            assertThat(kt1.get("answeringHead").asString()).isEqualTo("Trần Văn Đức");
        });
        assertThat(as("CB01").get("/api/v1/reports/overdue").status()).isEqualTo(403);
    }

    @Test
    void anotherDayOrAMalformedOneIsRefusedInWords() {
        Api.Reply yesterday = as("giamdoc").get("/api/v1/reports/overdue?day=2026-12-01");
        Api.Reply malformed = as("giamdoc").accepting("application/pdf")
                .get("/api/v1/reports/overdue.pdf?day=2026-13-01");

        assertThat(yesterday.status()).isEqualTo(400);
        assertThat(yesterday.json().get("code").asString()).isEqualTo("problem.overdue.day");
        assertThat(yesterday.json().get("detail").asString()).contains("chỉ lập cho hôm nay (2026-12-02)");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
    }

    @Test
    void theHeadsPaperNamesTheirDossiersAndWhoAnswers() throws IOException {
        HttpResponse<byte[]> answer = get("/api/v1/reports/overdue.pdf", "CB02", "application/pdf");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(answer.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("DANH SÁCH HỒ SƠ QUÁ HẠN VÀ SẮP ĐẾN HẠN", "Ngày 02/12/2026",
                    "Phòng Kinh tế (Trưởng bộ phận: Trần Văn Đức)", "KT-1", "Lê Minh Tuấn; Trưởng bộ phận: Trần Văn Đức",
                    "TRƯỞNG BỘ PHẬN").doesNotContain("TP-1", "XD-1");
        }
        assertThat(get("/api/v1/reports/overdue.pdf", "CB02", "application/json").statusCode())
                .as("the PDF is what it produces").isEqualTo(406);
    }

    @Test
    void theManagersWorkbookListsEveryUnitWithDatesAndTheWeeks() throws IOException {
        HttpResponse<byte[]> answer = get("/api/v1/reports/overdue.xlsx", "giamdoc", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith(OverdueReportsController.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            Sheet list = workbook.getSheetAt(0);
            assertThat(list.getLastRowNum()).isEqualTo(3);
            Row unassigned = list.getRow(3);
            assertThat(unassigned.getCell(0).getStringCellValue()).isEqualTo("Chưa xác định đơn vị");
            assertThat(unassigned.getCell(2).getStringCellValue()).isEqualTo("XD-1");
            assertThat(unassigned.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(unassigned.getCell(10))).isTrue();
            assertThat(unassigned.getCell(10).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 22, 10, 0));
            Sheet weekly = workbook.getSheetAt(1);
            assertThat(weekly.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Phòng Tư pháp – Hộ tịch");
            assertThat(weekly.getRow(3).getCell(7).getNumericCellValue()).as("week 48, found on Sunday night")
                    .isEqualTo(1);
        }
    }

    @Test
    void theWeeklyCountCutsWeeksInTheCentersTime() {
        JsonNode weekly = as("giamdoc").get("/api/v1/reports/overdue-weekly?weeks=2").json();

        assertThat(weekly.get("weeks").values()).extracting(week -> week.get("week").asInt()).containsExactly(48, 49);
        assertThat(weekly.get("units").values()).extracting(unit -> unit.get("counts").toString())
                .containsExactly("[0,0]", "[0,1]", "[1,0]", "[0,0]", "[0,1]");
        JsonNode head = as("CB02").get("/api/v1/reports/overdue-weekly").json();
        assertThat(head.get("weeks").values()).hasSize(8);
        assertThat(head.get("units").values()).singleElement()
                .satisfies(unit -> assertThat(unit.get("total").asInt()).isEqualTo(1));
        Api.Reply tooMany = as("giamdoc").get("/api/v1/reports/overdue-weekly?weeks=53");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("detail").asString()).isEqualTo("Số tuần phải từ 1 đến 52, không phải 53.");
        assertThat(as("giamdoc").get("/api/v1/reports/overdue-weekly?weeks=mấy").status()).isEqualTo(400);
    }

    private Api as(String who) {
        return new Api(port).as(Api.person(who, DemoAccess.PASSWORD));
    }

    private void late(String code, LocalDateTime foundAt, Long officerId, Long unitId, Long headId) {
        LateTestData.late(latenesses, dossiers.find(code).orElseThrow(), DossierTestData.local(foundAt), officerId,
                unitId, headId);
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    private HttpResponse<byte[]> get(String path, String who, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (who + ":" + DemoAccess.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
