package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.ProvinceLogFiles.BOM;
import static vn.motcua.dossier.ProvinceLogFiles.csv;
import static vn.motcua.dossier.ProvinceLogFiles.utf8;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.api.Api.Reply;
import vn.motcua.dossier.ProvinceLogFiles;
import vn.motcua.security.DemoAccess;

/** POST /api/v1/dossiers/import over real HTTP: counts, each faulty line, who may, and files that are no log. */
class DossierImportApiTest extends RunningApiTest {

    private static final String PATH = "/api/v1/dossiers/import";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private String agency;

    @BeforeEach
    void anAgencyOfItsOwn() {
        agency = ProvinceLogFiles.agency();
    }

    @Test
    void aManagerImportsACsvWithBomAndGetsTheCounts() {
        Reply first = api.sendBytes("POST", PATH, utf8(BOM + ProvinceLogFiles.firstLog(agency)), "text/csv; charset=UTF-8");
        Reply again = api.sendBytes("POST", PATH, utf8(ProvinceLogFiles.firstLog(agency)), "text/csv");
        Reply next = api.sendBytes("POST", PATH, utf8(ProvinceLogFiles.nextLog(agency)), "text/csv");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(first.json().toString()).isEqualTo("{\"new\":3,\"updated\":0,\"unchanged\":0}");
        assertThat(again.json().toString()).isEqualTo("{\"new\":0,\"updated\":0,\"unchanged\":3}");
        assertThat(next.json().toString()).isEqualTo("{\"new\":1,\"updated\":2,\"unchanged\":1}");
    }

    @Test
    void theAdminImportsAWorkbook() {
        byte[] workbook = ProvinceLogFiles.xlsx(List.of(ProvinceLogFiles.headerRow(),
                List.of(agency + "-261123-0001", "1.001193", "Nguyễn Thị An", "0912345678", 20261123080500L,
                        20261124160000L, 2)));

        Reply reply = new Api(port).as(Api.person("admin", DemoAccess.PASSWORD)).sendBytes("POST", PATH, workbook, XLSX);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("new").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select actor from audit_record where action = 'DOSSIERS_IMPORTED' order by id desc")
                .query(String.class).list().getFirst()).isEqualTo("admin");
    }

    @Test
    void aFileWithFaultyLinesIs422ListingEachAndWritesNothing() {
        String file = csv(
                agency + "-1,1.001193,Nguyễn Thị An,0912345678,20261125080500,20261126160000,2,,,TP",
                agency + "-2,1.001193,,0912345678,20261125080500,20261126160000,2,,,TP",
                agency + "-3,1.001193,Lê Cúc,0912345678,20261125080500,20261124160000,0,,,TP");
        long before = jdbc.sql("select count(*) from dossier").query(Long.class).single();

        Reply reply = api.sendBytes("POST", PATH, utf8(file), "text/csv");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.isProblem()).isTrue();
        JsonNode body = reply.json();
        assertThat(body.get("code").asString()).isEqualTo("problem.import.bad-rows");
        assertThat(body.get("detail").asString()).startsWith("Tệp có 2 dòng sai nên chưa ghi hồ sơ nào.");
        assertThat(body.get("rows").values().stream().map(row -> row.get("line").asInt()).toList())
                .containsExactly(3, 4);
        assertThat(body.get("rows").get(0).get("reason").asString()).isEqualTo("Thiếu giá trị ở cột ChuHoSo");
        assertThat(body.get("rows").get(1).get("reason").asString())
                .contains("Ngày hẹn trả (NgayHenTra) trước ngày tiếp nhận (NgayTiepNhan)")
                .contains("Trạng thái hồ sơ (TrangThaiHoSo) \"0\" không phải số từ 1 đến 10");
        assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(before);

        Reply english = api.inLanguage("en").sendBytes("POST", PATH, utf8(file), "text/csv");
        assertThat(english.json().get("rows").get(0).get("reason").asString()).isEqualTo("No value in column ChuHoSo");
    }

    @Test
    void onlyAManagerOrTheAdminMayImport() {
        byte[] file = utf8(ProvinceLogFiles.firstLog(agency));

        assertThat(new Api(port).sendBytes("POST", PATH, file, "text/csv").status()).isEqualTo(401);
        for (Api.Credentials refused : List.of(Api.person("CB01", DemoAccess.PASSWORD),
                Api.person("CB02", DemoAccess.PASSWORD), Api.device(DemoAccess.KIOSK_TOKEN))) {
            Reply reply = new Api(port).as(refused).sendBytes("POST", PATH, file, "text/csv");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from dossier where code like ?").param(agency + "-%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyCsvInUtf8OrAWorkbookIsTaken() {
        byte[] file = utf8(ProvinceLogFiles.firstLog(agency));

        for (String type : List.of("application/json", "text/plain", "*/*", "text/csv; charset=windows-1258",
                "multipart/form-data; boundary=x")) {
            Reply reply = api.sendBytes("POST", PATH, file, type);
            assertThat(reply.status()).as(type + ": " + reply).isEqualTo(415);
            assertThat(reply.json().get("code").asString()).isEqualTo("problem.request.media-type-file");
        }
        assertThat(api.sendBytes("POST", PATH, file, null).status()).isEqualTo(415);
        assertThat(api.post("/api/v1/tickets", "{\"serviceCode\":\"HT-KS\"}").status())
                .as("the other operations still take JSON").isEqualTo(201);
        assertThat(new Api(port).as(Api.device(DemoAccess.KIOSK_TOKEN))
                .sendBytes("POST", "/api/v1/tickets", file, "text/csv").status()).isEqualTo(415);
    }

    @Test
    void aFileThatIsNoLogIsRefusedInWords() {
        Reply headerOnly = api.sendBytes("POST", PATH, utf8(csv()), "text/csv");
        Reply latin = api.sendBytes("POST", PATH, ProvinceLogFiles.firstLog(agency).getBytes(StandardCharsets.UTF_16LE),
                "text/csv");
        Reply notAWorkbook = api.sendBytes("POST", PATH, utf8(ProvinceLogFiles.firstLog(agency)), XLSX);
        Reply empty = api.sendBytes("POST", PATH, new byte[0], "text/csv");
        Reply tooLarge = api.sendBytes("POST", PATH, new byte[4 * 1024 * 1024 + 1], XLSX);

        assertThat(headerOnly.json().get("code").asString()).isEqualTo("problem.import.no-rows");
        assertThat(latin.json().get("code").asString()).isEqualTo("problem.import.not-utf8");
        assertThat(notAWorkbook.json().get("code").asString()).isEqualTo("problem.import.not-xlsx");
        assertThat(tooLarge.json().get("code").asString()).isEqualTo("problem.import.too-large");
        assertThat(List.of(headerOnly, latin, notAWorkbook, empty, tooLarge)).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.isProblem()).isTrue();
        });
        assertThat(notAWorkbook.json().get("detail").asString()).startsWith("Tệp không phải bảng tính Excel");
    }
}
