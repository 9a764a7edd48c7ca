package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.ProvinceLogFiles.BOM;
import static vn.motcua.dossier.ProvinceLogFiles.csv;
import static vn.motcua.dossier.ProvinceLogFiles.utf8;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Refusal;

/** Reading and checking the province's dossier log, without a database: lines, faults, formats. */
class ProvinceLogTest {

    private static final String GOOD = "A-1,1.001193,Nguyễn Thị An,0912345678,20261123080500,20261124160000,2,,,TP";

    @Test
    void aGoodLineBecomesADossierInVietnamTime() {
        ProvinceLog.Reading reading = ProvinceLog.read(utf8(csv(GOOD)), ProvinceLogFormat.CSV);

        assertThat(reading.problems()).isEmpty();
        ProvinceDossier row = reading.rows().getFirst();
        assertThat(row.code()).isEqualTo("A-1");
        assertThat(row.ownerName()).isEqualTo("Nguyễn Thị An");
        assertThat(row.receivedAt()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 8, 5, 0, 0, CenterTime.ZONE).toInstant());
        assertThat(row.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(row.processedAt()).isNull();
        assertThat(row.unitName()).isEqualTo("TP");
    }

    @Test
    void aByteOrderMarkASemicolonAndColumnsInAnyOrderAreReadTheSame() {
        String reordered = "TrangThaiHoSo;KenhNop;MaHoSo;MaTTHC;ChuHoSo;SoDienThoai;NgayTiepNhan;NgayHenTra\n"
                + "4;1;A-1;1.001193;Nguyễn Thị An;0912345678;20261123080500;20261124160000\n";

        ProvinceLog.Reading reading = ProvinceLog.read(utf8(BOM + reordered), ProvinceLogFormat.CSV);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo("A-1");
            assertThat(row.status()).isEqualTo(DossierStatus.PROCESSING);
            assertThat(row.unitName()).isNull();
        });
    }

    @Test
    void everyFaultOfEveryLineIsListedWithTheLineAsAnEditorCountsIt() {
        String file = csv(
                GOOD,
                "",
                "A-2,1.001193,\"Trần Văn\nBình\",0912345678,20261131080000,20261124160000,11,,,TP",
                "A-1,1.001193,Lê Cúc,09-12,20261125080000,20261124160000,2,,,TP",
                ",,Phạm Dũng,0912345678,20261123080000,20261124160000,2,,," + "x".repeat(301));

        ProvinceLog.Reading reading = ProvinceLog.read(utf8(file), ProvinceLogFormat.CSV);

        assertThat(reading.rows()).as("nothing of a faulty file is given to write").isEmpty();
        assertThat(reading.problems()).extracting(ProvinceLogProblem::line, ProvinceLogProblem::reasonKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(4, "import.row.date"),
                        org.assertj.core.groups.Tuple.tuple(4, "import.row.status"),
                        org.assertj.core.groups.Tuple.tuple(6, "import.row.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(6, "import.row.phone"),
                        org.assertj.core.groups.Tuple.tuple(6, "import.row.due-before-received"),
                        org.assertj.core.groups.Tuple.tuple(7, "import.row.blank"),
                        org.assertj.core.groups.Tuple.tuple(7, "import.row.blank"),
                        org.assertj.core.groups.Tuple.tuple(7, "import.row.too-long"));
        assertThat(reading.problems()).filteredOn(p -> p.reasonKey().equals("import.row.duplicate")).singleElement()
                .extracting(ProvinceLogProblem::args).isEqualTo(List.of("A-1", "2"));
        assertThat(ProvinceLogProblem.byLine(reading.problems())).containsOnlyKeys(4, 6, 7);
    }

    @Test
    void aMissingRequiredColumnIsAFaultOfTheHeader() {
        String file = "MaHoSo,MaTTHC,ChuHoSo,NgayTiepNhan,TrangThaiHoSo\nA-1,1.001193,An,20261123080500,2\n";

        ProvinceLog.Reading reading = ProvinceLog.read(utf8(file), ProvinceLogFormat.CSV);

        assertThat(reading.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.reasonKey()).isEqualTo("import.column.missing");
            assertThat(problem.args()).containsExactly("SoDienThoai, NgayHenTra");
        });
    }

    @Test
    void aWorkbookIsReadLikeTheCsvWithNumbersAsTheyWereTyped() {
        byte[] workbook = ProvinceLogFiles.xlsx(List.of(ProvinceLogFiles.headerRow(),
                List.of("A-1", "1.001193", "Nguyễn Thị An", "0912345678", 20261123080500L, "20261124160000", 4),
                List.of(),
                List.of("A-2", "1.001193", "Trần Văn Bình", "0912345678", "20261123", "20261124160000", 2)));

        ProvinceLog.Reading reading = ProvinceLog.read(workbook, ProvinceLogFormat.XLSX);

        assertThat(reading.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).as("the sheet's row number").isEqualTo(4);
            assertThat(problem.reasonKey()).isEqualTo("import.row.date");
            assertThat(problem.args()).containsExactly("NgayTiepNhan", "20261123");
        });
        ProvinceLog.Reading good = ProvinceLog.read(ProvinceLogFiles.xlsx(List.of(ProvinceLogFiles.headerRow(),
                List.of("A-1", "1.001193", "Nguyễn Thị An", "0912345678", 20261123080500L, "20261124160000", 4))),
                ProvinceLogFormat.XLSX);
        assertThat(good.rows()).singleElement().extracting(ProvinceDossier::status).isEqualTo(DossierStatus.PROCESSING);
    }

    @Test
    void theSampleLogOfTheReadmeIsGood() throws java.io.IOException {
        try (var sample = getClass().getResourceAsStream("/demo/province-dossiers-sample.csv")) {
            ProvinceLog.Reading reading = ProvinceLog.read(sample.readAllBytes(), ProvinceLogFormat.CSV);

            assertThat(reading.problems()).isEmpty();
            assertThat(reading.rows()).hasSize(10).allSatisfy(row -> assertThat(row.code()).startsWith("000.00.23.H22-"));
        }
    }

    @Test
    void aFileThatIsNoLogIsRefusedInWords() {
        assertThatThrownBy(() -> ProvinceLog.read(new byte[0], ProvinceLogFormat.CSV))
                .isInstanceOf(Refusal.class).extracting("messageKey").isEqualTo("problem.import.empty");
        assertThatThrownBy(() -> ProvinceLog.read(utf8(csv()), ProvinceLogFormat.CSV))
                .extracting("messageKey").isEqualTo("problem.import.no-rows");
        assertThatThrownBy(() -> ProvinceLog.read(csv(GOOD).getBytes(StandardCharsets.UTF_16), ProvinceLogFormat.CSV))
                .extracting("messageKey").isEqualTo("problem.import.not-utf8");
        assertThatThrownBy(() -> ProvinceLog.read(utf8(csv(GOOD)), ProvinceLogFormat.XLSX))
                .extracting("messageKey").isEqualTo("problem.import.not-xlsx");
        assertThatThrownBy(() -> ProvinceLog.read(new byte[] {'P', 'K', 3, 4, 0, 0}, ProvinceLogFormat.XLSX))
                .extracting("messageKey").isEqualTo("problem.import.not-xlsx");
        assertThatThrownBy(() -> ProvinceLog.read(utf8(csv(GOOD, "A-2,\"unclosed,x")), ProvinceLogFormat.CSV))
                .extracting("messageKey").isEqualTo("problem.import.csv-broken");
        assertThatThrownBy(() -> ProvinceLog.read(new byte[ProvinceLog.MAX_CSV_BYTES + 1], ProvinceLogFormat.CSV))
                .extracting("messageKey").isEqualTo("problem.import.too-large");
    }
}
