package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.ProvinceLogFiles.BOM;
import static vn.motcua.dossier.ProvinceLogFiles.csv;
import static vn.motcua.dossier.ProvinceLogFiles.utf8;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.AllAtOnce;
import vn.motcua.ServerTest;
import vn.motcua.audit.Actor;
import vn.motcua.center.CenterTime;

/**
 * Importing the province's dossier log into the real database: a good file, the same file again, a newer one, a file
 * with faulty lines (nothing written), with and without BOM, and a workbook. {@code ImportProvinceLogOnPostgresTest}
 * runs the same on PostgreSQL.
 */
@ServerTest
class ImportProvinceLogTest {

    private static final Actor DIRECTOR = Actor.user("giamdoc");

    @Autowired
    ImportProvinceLog imports;
    @Autowired
    JdbcClient jdbc;

    private String agency;

    @BeforeEach
    void anAgencyOfItsOwn() {
        agency = ProvinceLogFiles.agency();
    }

    @Test
    void twoImportsOfTheSameFileAtOnceWriteEachDossierOnceAndBothAnswer() throws Exception {
        byte[] file = utf8(ProvinceLogFiles.firstLog(agency));

        List<ImportProvinceLog.Outcome> outcomes = AllAtOnce.run(4,
                n -> () -> imports.importLog(file, ProvinceLogFormat.CSV, null, DIRECTOR));

        assertThat(outcomes).allMatch(ImportProvinceLog.Outcome::written);
        assertThat(outcomes.stream().mapToInt(outcome -> outcome.counts().created()).sum()).isEqualTo(3);
        assertThat(outcomes).allMatch(outcome -> outcome.counts().created() + outcome.counts().unchanged() == 3);
        assertThat(dossiers()).isEqualTo(3);
        assertThat(events("IMPORTED")).isEqualTo(3);
    }

    @Test
    void aGoodFileBecomesDossiersWithAnEventEachAndAnAuditRecord() {
        long audited = audits();

        ImportProvinceLog.Outcome outcome = imports.importLog(utf8(ProvinceLogFiles.firstLog(agency)),
                ProvinceLogFormat.CSV, "hoso-23-11.csv", DIRECTOR);

        assertThat(outcome.written()).isTrue();
        assertThat(outcome.counts()).isEqualTo(new ImportCounts(3, 0, 0));
        assertThat(dossiers()).isEqualTo(3);
        assertThat(events("IMPORTED")).isEqualTo(3);
        var second = jdbc.sql("select d.status, d.due_at, d.phone, d.source, u.code as unit, d.unit_name, d.tracking_token "
                        + "from dossier d left join unit u on u.id = d.unit_id where d.code = ?")
                .param(agency + "-261123-0002").query().singleRow();
        assertThat(second.get("status")).isEqualTo("PROCESSING");
        assertThat(instant(second.get("due_at")))
                .isEqualTo(ZonedDateTime.of(2026, 12, 7, 16, 0, 0, 0, CenterTime.ZONE).toInstant());
        assertThat(second.get("phone")).isEqualTo("0987 654 321");
        assertThat(second.get("source")).isEqualTo("PROVINCE");
        assertThat(second.get("unit")).as("DonViXuLy by the unit's code").isEqualTo("KT");
        assertThat((String) second.get("tracking_token")).hasSize(24).doesNotContain(agency);
        assertThat(jdbc.sql("select u.code from dossier d join unit u on u.id = d.unit_id where d.code = ?")
                .param(agency + "-261123-0003").query(String.class).single()).as("by the unit's name").isEqualTo("TP");
        assertThat(jdbc.sql("select owner_name from dossier where code = ?").param(agency + "-261123-0003")
                .query(String.class).single()).isEqualTo("Lê Thị Cúc, chủ hộ");
        assertThat(audits()).isEqualTo(audited + 1);
        assertThat(jdbc.sql("select subject || ' | ' || detail || ' | ' || actor from audit_record "
                        + "where action = 'DOSSIERS_IMPORTED' order by id desc").query(String.class).list().getFirst())
                .isEqualTo("hoso-23-11.csv | 3 new, 0 updated, 0 unchanged | giamdoc");
    }

    @Test
    void theSameFileAgainChangesNothing() {
        imports.importLog(utf8(ProvinceLogFiles.firstLog(agency)), ProvinceLogFormat.CSV, null, DIRECTOR);
        long eventsBefore = events(null);
        String rowsBefore = rows();

        ImportProvinceLog.Outcome again = imports.importLog(utf8(ProvinceLogFiles.firstLog(agency)),
                ProvinceLogFormat.CSV, null, DIRECTOR);

        assertThat(again.counts()).isEqualTo(new ImportCounts(0, 0, 3));
        assertThat(events(null)).as("no dossier event for an unchanged row").isEqualTo(eventsBefore);
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    @Test
    void aNewerFileUpdatesWhatChangedAndRecordsTheChange() {
        imports.importLog(utf8(ProvinceLogFiles.firstLog(agency)), ProvinceLogFormat.CSV, null, DIRECTOR);

        ImportProvinceLog.Outcome next = imports.importLog(utf8(ProvinceLogFiles.nextLog(agency)),
                ProvinceLogFormat.CSV, null, DIRECTOR);

        assertThat(next.counts()).isEqualTo(new ImportCounts(1, 2, 1));
        assertThat(dossiers()).isEqualTo(4);
        assertThat(jdbc.sql("select status from dossier where code = ?").param(agency + "-261123-0002")
                .query(String.class).single()).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(jdbc.sql("select e.detail from dossier_event e join dossier d on d.id = e.dossier_id "
                        + "where d.code = ? and e.kind = 'UPDATED_FROM_PROVINCE'").param(agency + "-261123-0003")
                .query(String.class).single()).contains("TrangThaiHoSo: 9 → 10")
                .containsPattern("NgayTra: null → \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(jdbc.sql("select e.actor from dossier_event e join dossier d on d.id = e.dossier_id "
                        + "where d.code = ? and e.kind = 'UPDATED_FROM_PROVINCE'").param(agency + "-261123-0002")
                .query(String.class).single()).isEqualTo("giamdoc");
        assertThat(events("UPDATED_FROM_PROVINCE")).isEqualTo(2);
    }

    @Test
    void aFileWithFaultyLinesWritesNothingAndListsEachOne() {
        String good = agency + "-261125-0001,1.001193,Nguyễn Thị An,0912345678,20261125080500,20261126160000,2,,,TP";
        String file = csv(good,
                agency + "-261125-0002,1.001193,Trần Bình,0912345678,2026-11-25,20261126160000,2,,,TP",
                agency + "-261125-0003,1.001193,Lê Cúc,0912345678,20261125080500,20261124160000,12,,,TP",
                good);
        long dossiersBefore = jdbc.sql("select count(*) from dossier").query(Long.class).single();
        long eventsBefore = jdbc.sql("select count(*) from dossier_event").query(Long.class).single();
        long auditsBefore = audits();

        ImportProvinceLog.Outcome outcome = imports.importLog(utf8(file), ProvinceLogFormat.CSV, null, DIRECTOR);

        assertThat(outcome.written()).isFalse();
        assertThat(ProvinceLogProblem.byLine(outcome.problems())).containsOnlyKeys(3, 4, 5);
        assertThat(outcome.problems()).extracting(ProvinceLogProblem::reasonKey).containsExactlyInAnyOrder(
                "import.row.date", "import.row.due-before-received", "import.row.status", "import.row.duplicate");
        assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(dossiersBefore);
        assertThat(jdbc.sql("select count(*) from dossier_event").query(Long.class).single()).isEqualTo(eventsBefore);
        assertThat(audits()).isEqualTo(auditsBefore);
    }

    @Test
    void aFileWithAByteOrderMarkIsTheSameFile() {
        imports.importLog(utf8(BOM + ProvinceLogFiles.firstLog(agency)), ProvinceLogFormat.CSV, null, DIRECTOR);

        ImportProvinceLog.Outcome without = imports.importLog(utf8(ProvinceLogFiles.firstLog(agency)),
                ProvinceLogFormat.CSV, null, DIRECTOR);

        assertThat(without.counts()).isEqualTo(new ImportCounts(0, 0, 3));
        assertThat(jdbc.sql("select count(*) from dossier where code like ?").param("\uFEFF%").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aWorkbookImportsLikeTheCsv() {
        byte[] workbook = ProvinceLogFiles.xlsx(List.of(ProvinceLogFiles.headerRow(),
                List.of(agency + "-261123-0001", "1.001193", "Nguyễn Thị An", "0912345678", 20261123080500L,
                        20261124160000L, 2, "", "", "Phòng Tư pháp – Hộ tịch"),
                List.of(agency + "-261123-0002", "1.004194", "Trần Văn Bình", "0987 654 321", "20261123091000",
                        "20261207160000", 4, "", "", "KT")));

        ImportProvinceLog.Outcome outcome = imports.importLog(workbook, ProvinceLogFormat.XLSX, "hoso.xlsx", DIRECTOR);
        // The same dossiers as CSV: the CSV's two first lines are unchanged, its third is new.
        ImportProvinceLog.Outcome asCsv = imports.importLog(utf8(ProvinceLogFiles.firstLog(agency)),
                ProvinceLogFormat.CSV, null, DIRECTOR);

        assertThat(outcome.counts()).isEqualTo(new ImportCounts(2, 0, 0));
        assertThat(asCsv.counts()).isEqualTo(new ImportCounts(1, 0, 2));
    }

    private long dossiers() {
        return jdbc.sql("select count(*) from dossier where code like ?").param(agency + "-%").query(Long.class).single();
    }

    private long events(String kind) {
        return jdbc.sql("select count(*) from dossier_event e join dossier d on d.id = e.dossier_id "
                        + "where d.code like ? and (cast(? as varchar(30)) is null or e.kind = ?)")
                .params(agency + "-%", kind, kind).query(Long.class).single();
    }

    private String rows() {
        return jdbc.sql("select code, status, due_at, version, import_digest from dossier where code like ? order by code")
                .param(agency + "-%").query().listOfRows().toString();
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_record where action = 'DOSSIERS_IMPORTED'").query(Long.class).single();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case java.time.OffsetDateTime offset -> offset.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            case Instant instant -> instant;
            default -> throw new AssertionError("a time: " + value.getClass());
        };
    }
}
