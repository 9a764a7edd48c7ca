package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.catalogue.FieldsAndServicesTest.refused;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.ServerTest;
import vn.motcua.audit.Actor;
import vn.motcua.catalogue.ProcedureCatalogue.ProcedureDraft;

/** The admin's rules for the procedure catalogue: one procedure per code, a legal time above zero, audited edits. */
@ServerTest
class ProcedureCatalogueTest {

    @Autowired
    ProcedureCatalogue editing;
    @Autowired
    Catalogue catalogue;
    @Autowired
    JdbcClient jdbc;

    private final Actor admin = Actor.user("admin");

    @AfterEach
    void removeTheTestsRows() {
        CatalogueRowsOfTests.remove(jdbc);
    }

    @Test
    void anAddedProcedureIsListedWholeWithItsPapersStepsAndService() {
        editing.add(draft("T18.001", LegalTimeUnit.WORKING_DAYS, 5), admin);

        Procedure added = catalogue.procedure("T18.001").orElseThrow();
        assertThat(added.getLegalTime()).isEqualTo(LegalTime.workingDays(5));
        assertThat(added.getService().orElseThrow().getCode()).isEqualTo("HT-KS");
        assertThat(added.getDocuments()).containsExactly(new ProcedureDocument("Tờ khai", "01 bản chính", true),
                new ProcedureDocument("Giấy uỷ quyền", "01 bản sao", false));
        assertThat(added.getSteps()).extracting(ProcedureStep::sharePercent).containsExactly(20, 80);
        assertThat(lastDetail("PROCEDURE_ADDED")).contains("name: — → Thủ tục thử", "time: — → 5 WORKING_DAYS");
    }

    @Test
    void aDuplicateCodeAndALegalTimeOfZeroOrLessAreRefused() {
        String demoCode = catalogue.procedures().getFirst().getCode();
        refused(() -> editing.add(draft(demoCode, LegalTimeUnit.WORKING_DAYS, 5), admin), "problem.procedure.duplicate");
        refused(() -> editing.add(draft("T18.002", LegalTimeUnit.WORKING_DAYS, 0), admin),
                "problem.procedure.timeInvalid");
        refused(() -> editing.add(draft("T18.002", LegalTimeUnit.WORKING_HOURS, -4), admin),
                "problem.procedure.timeInvalid");
        refused(() -> editing.add(draft("T18.002", LegalTimeUnit.WORKING_DAYS, null), admin),
                "problem.procedure.timeInvalid");
        assertThat(catalogue.procedure("T18.002")).isEmpty();
    }

    @Test
    void changesAreAuditedOldToNewAndStepSharesMustMakeAHundred() {
        editing.add(draft("T18.003", LegalTimeUnit.WORKING_DAYS, 5), admin);
        ProcedureDraft longer = new ProcedureDraft("T18.003", "Thủ tục thử", "TPHT", "HT-KS",
                LegalTimeUnit.WORKING_DAYS, 7, 10_000L, null, false, List.of(new ProcedureDocument("Tờ khai",
                        "01 bản chính", true)), List.of(new ProcedureStep(StepKind.RECEPTION, null, 100)));
        editing.change("T18.003", longer, admin);

        Procedure changed = catalogue.procedure("T18.003").orElseThrow();
        assertThat(changed.getLegalTime().amount()).isEqualTo(7);
        assertThat(changed.getDocuments()).hasSize(1);
        assertThat(lastDetail("PROCEDURE_CHANGED")).contains("time: 5 WORKING_DAYS → 7 WORKING_DAYS",
                "fee: — → 10000", "papers: [Tờ khai (01 bản chính), Giấy uỷ quyền (01 bản sao, ?)] → [Tờ khai (01 bản chính)]");

        ProcedureDraft badShares = new ProcedureDraft("T18.003", "Thủ tục thử", "TPHT", null,
                LegalTimeUnit.WORKING_DAYS, 7, null, null, false, List.of(),
                List.of(new ProcedureStep(StepKind.RECEPTION, null, 30), new ProcedureStep(StepKind.RETURN, null, 30)));
        refused(() -> editing.change("T18.003", badShares, admin), "problem.procedure.shares");
        assertThat(catalogue.procedure("T18.003").orElseThrow().getSteps()).hasSize(1);
    }

    private static ProcedureDraft draft(String code, LegalTimeUnit unit, Integer amount) {
        return new ProcedureDraft(code, "Thủ tục thử", "TPHT", "HT-KS", unit, amount, null, "Miễn lệ phí", false,
                List.of(new ProcedureDocument("Tờ khai", "01 bản chính", true),
                        new ProcedureDocument("Giấy uỷ quyền", "01 bản sao", false)),
                List.of(new ProcedureStep(StepKind.RECEPTION, null, 20), new ProcedureStep(StepKind.APPRAISAL, null, 80)));
    }

    private String lastDetail(String action) {
        return jdbc.sql("select detail from audit_record where action = ? and actor = 'admin' order by id desc")
                .param(action).query(String.class).list().getFirst();
    }
}
