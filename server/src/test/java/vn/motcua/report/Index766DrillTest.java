package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.report.Index766.Code;
import vn.motcua.report.Index766Drill.Line;
import vn.motcua.report.Index766Drill.Reason;

/** The dossiers behind October's figures of {@link Index766FiguresTest}: the same dossiers, and why each cost points. */
@ServerTest
class Index766DrillTest {

    @Autowired
    Index766Drill drill;
    @Autowired
    Index766Figures figures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QueueTestData data;

    @BeforeEach
    void october() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        Index766FiguresTest.october(new Index766Dossiers(jdbc));
    }

    @Test
    void theLateOnesWithWhy() {
        Index766Drill.Drill late = drill.dossiers(Index766FiguresTest.OCTOBER, Code.ON_TIME, Optional.empty());
        assertThat(late.total()).isEqualTo(3);
        assertThat(late.lines()).extracting(Line::code, Line::reasons).containsExactly(
                org.assertj.core.groups.Tuple.tuple("D2", java.util.List.of(Reason.FINISHED_LATE)),
                org.assertj.core.groups.Tuple.tuple("D8", java.util.List.of(Reason.SECOND_SUPPLEMENT)),
                org.assertj.core.groups.Tuple.tuple("D3", java.util.List.of(Reason.OPEN_PAST_DUE)));
        Line d2 = late.lines().get(0);
        assertThat(d2.unitName()).isEqualTo("Phòng Tư pháp – Hộ tịch");
        assertThat(d2.receivedBy()).isEqualTo("Nguyễn Thị Hương");
        assertThat(d2.due()).isEqualTo(DossierTestData.local(Index766FiguresTest.at(10, 5, 16)));
        assertThat(d2.ended()).contains(DossierTestData.local(Index766FiguresTest.at(10, 7, 10)));
        assertThat(late.lines().get(2).ended()).isEmpty();
    }

    @Test
    void theDissatisfiedSayWhichSign() {
        Index766Drill.Drill unhappy = drill.dossiers(Index766FiguresTest.OCTOBER, Code.SATISFACTION, Optional.empty());
        assertThat(unhappy.lines()).extracting(Line::code).containsExactly("D1", "D2", "D7", "D8", "D3", "D4");
        assertThat(unhappy.lines().get(0).reasons()).containsExactly(Reason.FORM_DISSATISFIED);
        assertThat(unhappy.lines().get(2).reasons()).containsExactly(Reason.FEEDBACK);
        assertThat(unhappy.lines().get(5).reasons()).containsExactly(Reason.PAD_DISSATISFIED);
    }

    @Test
    void everyDrillCountsWhatTheFigureMisses() {
        Index766.Counts counts = figures.center(Index766FiguresTest.OCTOBER).counts();
        assertThat(total(Code.ON_TIME)).isEqualTo(counts.late());
        assertThat(total(Code.SYNC)).isEqualTo(counts.received() - counts.synced());
        assertThat(total(Code.ONLINE)).isEqualTo(counts.received() - counts.online());
        assertThat(total(Code.DIGITISED)).isEqualTo(counts.finished() - counts.digitised());
        assertThat(total(Code.PAYMENT)).isEqualTo(counts.paymentRecorded() - counts.paidOnline());
        assertThat(drill.dossiers(Index766FiguresTest.OCTOBER, Code.PAYMENT, Optional.empty()).lines())
                .extracting(Line::code).containsExactly("D1");
    }

    @Test
    void oneUnitOnly() {
        long economy = jdbc.sql("select id from unit where code = 'KT'").query(Long.class).single();
        assertThat(drill.dossiers(Index766FiguresTest.OCTOBER, Code.ON_TIME, Optional.of(economy)).total()).isZero();
        assertThat(drill.dossiers(Index766FiguresTest.OCTOBER, Code.DIGITISED, Optional.of(economy)).total())
                .isZero();
        long justice = jdbc.sql("select id from unit where code = 'TP'").query(Long.class).single();
        assertThat(drill.dossiers(Index766FiguresTest.OCTOBER, Code.ON_TIME, Optional.of(justice)).total())
                .isEqualTo(3);
    }

    private long total(Code code) {
        return drill.dossiers(Index766FiguresTest.OCTOBER, code, Optional.empty()).total();
    }
}
