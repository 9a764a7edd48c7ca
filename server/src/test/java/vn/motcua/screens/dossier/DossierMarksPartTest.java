package vn.motcua.screens.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.Callers;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.Dossiers;
import vn.motcua.report.Index766Dossiers;
import vn.motcua.report.Index766FiguresTest;

/** The "Chỉ số 766" part of the dossier detail: ticked and saved, audited; a dossier of another unit is refused. */
@ServerTest
class DossierMarksPartTest extends SpringBrowserlessTest {

    @Autowired
    DossierMarksPart part;
    @Autowired
    Dossiers dossiers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QueueTestData data;
    @Autowired
    Callers callers;

    @BeforeEach
    void october() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        jdbc.sql("delete from audit_record where action = 'DOSSIER_MARKED'").update();
        Index766FiguresTest.october(new Index766Dossiers(jdbc));
    }

    @AfterEach
    void nobody() {
        callers.anonymous();
    }

    @Test
    void staffTickTheMarksAndTheSaveIsAudited() {
        callers.signIn("CB01");
        Div marks = part.of(dossiers.find("D2").orElseThrow(), DossierScope.unit(unit("TP")), new Dialog());
        UI.getCurrent().add(marks);
        Checkbox result = (Checkbox) child(marks, "dossier-marks-result");
        assertThat(((Checkbox) child(marks, "dossier-marks-documents")).getValue()).isTrue();
        assertThat(result.getValue()).isFalse();
        test(result).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DossierMarksPart.Paid> paid = (RadioButtonGroup<DossierMarksPart.Paid>) child(marks,
                "dossier-marks-paid");
        assertThat(paid.getValue()).isEqualTo(DossierMarksPart.Paid.UNKNOWN);
        paid.setValue(DossierMarksPart.Paid.NO);
        test((Button) child(marks, "dossier-marks-save")).click();

        assertThat(((Span) child(marks, "dossier-marks-answer")).getText()).isEqualTo("Đã lưu đánh dấu Chỉ số 766.");
        Map<String, Object> row = jdbc.sql("select result_digitised, paid_online from dossier where code = 'D2'")
                .query().singleRow();
        assertThat(row.values()).containsExactly(true, false);
        assertThat(jdbc.sql("select actor || ': ' || detail from audit_record where action = 'DOSSIER_MARKED'")
                .query(String.class).single()).isEqualTo("CB01: resultDigitised false → true; paidOnline unknown → false");
    }

    @Test
    void aDossierOfAnotherUnitIsRefusedInWords() {
        callers.signIn("CB02");
        Div marks = part.of(dossiers.find("D2").orElseThrow(), DossierScope.unit(unit("KT")), new Dialog());
        UI.getCurrent().add(marks);
        test((Button) child(marks, "dossier-marks-save")).click();
        assertThat(((Span) child(marks, "dossier-marks-answer")).getText()).startsWith("Hồ sơ của đơn vị khác");
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
    }

    private static com.vaadin.flow.component.Component child(Div part, String id) {
        return part.getChildren().filter(each -> each.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow();
    }
}
