package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.ServerTest;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;

/** The demo catalogue (V1003) as the entities read it: every procedure whole, over the six fields. */
@ServerTest
class DemoCatalogueTest {

    @Autowired
    Catalogue catalogue;
    @Autowired
    Officers officers;

    @Test
    void everyProcedureHasPapersAndStepsWhoseSharesSumToAHundred() {
        List<String> wrong = new ArrayList<>();
        for (Procedure procedure : catalogue.procedures()) {
            // A gap in position_no (an @OrderColumn counted from 0) would read as a null, which the copy refuses.
            if (procedure.getDocuments().isEmpty()) {
                wrong.add(procedure.getCode() + " has no papers");
            }
            int shares = procedure.getSteps().stream().mapToInt(ProcedureStep::sharePercent).sum();
            if (shares != 100) {
                wrong.add(procedure.getCode() + " step shares sum to " + shares);
            }
            if (procedure.getDocuments().stream().anyMatch(d -> d.copies().isBlank() || d.name().isBlank())) {
                wrong.add(procedure.getCode() + " has a paper without name or copies");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void atLeastSixteenDemoProceduresCoverTheSixFieldsEachWithItsKioskService() {
        List<Procedure> procedures = catalogue.procedures();

        assertThat(procedures).hasSizeGreaterThanOrEqualTo(16).allSatisfy(procedure -> {
            assertThat(procedure.isDemoValues()).as(procedure.getCode()).isTrue();
            assertThat(procedure.getCenterId()).isEqualTo(1);
            assertThat(procedure.getCode()).matches("[1-9]\\.\\d{6}");
            assertThat(procedure.getService()).as(procedure.getCode()).isPresent();
            assertThat(procedure.getService().orElseThrow().getField().getCode())
                    .isEqualTo(procedure.getField().getCode());
        });
        assertThat(procedures.stream().map(p -> p.getField().getCode()).distinct())
                .containsExactlyInAnyOrder("TPHT", "DD", "XD", "DKKD", "LDTBXH", "CA");
        assertThat(procedures).extracting(Procedure::getSortOrder).isSorted().doesNotHaveDuplicates();
        // The codes the demo dossiers of the province's log use.
        assertThat(procedures).extracting(Procedure::getCode)
                .contains("1.001193", "1.000894", "1.000656", "2.000908", "2.000884", "1.004194", "1.004227");
    }

    @Test
    void theSimpleCivilStatusAndCertificationProceduresAreSameDayOnTheSpot() {
        for (String code : List.of("1.001193", "1.000894", "1.000656", "2.000815", "2.000884")) {
            Procedure procedure = catalogue.procedure(code).orElseThrow();
            assertThat(procedure.getLegalTime()).as(code).isEqualTo(LegalTime.sameDay());
            assertThat(procedure.isOnTheSpot()).as(code).isTrue();
        }
        Procedure birth = catalogue.procedure("1.001193").orElseThrow();
        assertThat(birth.getFeeVnd()).isEmpty();
        assertThat(birth.getFeeNote()).contains("Miễn lệ phí khi đăng ký đúng hạn");
        assertThat(birth.getDocuments()).first()
                .isEqualTo(new ProcedureDocument("Tờ khai đăng ký khai sinh (theo mẫu)", "01 bản chính", true));
        Procedure copies = catalogue.procedure("2.000815").orElseThrow();
        assertThat(copies.getFeeVnd()).contains(2000L);
        Procedure maritalStatus = catalogue.procedure("1.004873").orElseThrow();
        assertThat(maritalStatus.getLegalTime()).isEqualTo(LegalTime.workingDays(3));
        assertThat(maritalStatus.isOnTheSpot()).isFalse();
    }

    @Test
    void theUnitOfTheFieldAppraisesAndTheCounterReceivesAndReturns() {
        Map<Long, String> units = officers.units().stream().collect(Collectors.toMap(Unit::getId, Unit::getCode));
        Map<String, String> unitOfField = Map.of("TPHT", "TP", "DD", "KT", "XD", "KT", "DKKD", "KT",
                "LDTBXH", "VHXH", "CA", "CA");
        for (Procedure procedure : catalogue.procedures()) {
            assertThat(procedure.getSteps()).extracting(ProcedureStep::kind).as(procedure.getCode())
                    .containsExactly(StepKind.RECEPTION, StepKind.APPRAISAL, StepKind.SIGNATURE, StepKind.RETURN);
            assertThat(units.get(procedure.getSteps().get(1).unitId())).as(procedure.getCode())
                    .isEqualTo(unitOfField.get(procedure.getField().getCode()));
            assertThat(procedure.getSteps().get(0).unitId()).isNull();
        }
    }

    @Test
    void aFieldsProceduresAreReadByItsCodeAndAnUnknownFieldIsRefused() {
        assertThat(catalogue.procedures("CA")).extracting(Procedure::getCode)
                .containsExactly("1.004194", "1.004222", "1.002755");
        assertThat(catalogue.fields()).extracting(ServiceField::getCode)
                .containsExactly("TPHT", "DD", "XD", "DKKD", "LDTBXH", "CA");
        assertThatThrownBy(() -> catalogue.procedures("NOPE")).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("problem.field.unknown");
    }
}
