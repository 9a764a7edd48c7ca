package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.report.Ranked.Movement;

/** Rankings of the hand-counted months of {@link RankingData}: ties, movement, the not ranked, a quarter. */
@ServerTest
class RankingsTest {

    @Autowired
    Rankings rankings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QueueTestData data;

    @BeforeEach
    void months() {
        new RankingData(jdbc, data).write();
    }

    @Test
    void marchRanksOfficersBySatisfactionWithTiesMovementAndTheNotRanked() {
        RankingBoard board = rankings.of(ReportPeriod.month(RankingData.MARCH));
        assertThat(board.previous()).isEqualTo(ReportPeriod.month(RankingData.FEBRUARY));
        List<Ranked> officers = board.officers().get(RankingCriterion.SATISFACTION);
        assertThat(officers.subList(0, 5)).extracting(Ranked::name).containsExactly("Nguyễn Thị Hương",
                "Phạm Thu Trang", "Hoàng Thị Lan", "Trần Văn Đức", "Đặng Quốc Việt");
        assertThat(officers.subList(0, 4)).extracting(line -> line.rank().orElseThrow()).containsExactly(1, 1, 3, 4);
        assertThat(officers.subList(0, 4)).extracting(Ranked::movement)
                .containsExactly(Movement.UP, Movement.SAME, Movement.SAME, Movement.NEW);
        assertThat(officers.get(0).places()).isEqualTo(1);
        assertThat(officers.get(2).value().orElseThrow()).isEqualTo(80.0);
        assertThat(officers.get(3).value().orElseThrow()).isEqualTo(75.0);
        assertThat(officers.get(3).counted()).isEqualTo(8);
        Ranked anh = officers.stream().filter(line -> line.name().equals("Vũ Ngọc Ánh")).findFirst().orElseThrow();
        assertThat(anh.rank()).isEmpty();
        assertThat(anh.value()).contains(100.0);
        assertThat(anh.counted()).isEqualTo(4);
        assertThat(officers.subList(4, officers.size())).allMatch(line -> !line.ranked());
    }

    @Test
    void aUnitsRatingsAreItsOfficers() {
        List<Ranked> units = rankings.of(ReportPeriod.month(RankingData.MARCH)).units()
                .get(RankingCriterion.SATISFACTION);
        assertThat(units).extracting(Ranked::name).containsExactly("Phòng Tư pháp – Hộ tịch", "Phòng Kinh tế",
                "Phòng Văn hóa – Xã hội", "Công an xã");
        assertThat(units).extracting(Ranked::rank).containsExactly(Optional.of(1), Optional.of(2), Optional.of(3),
                Optional.empty());
        assertThat(units.get(1).value().orElseThrow()).isCloseTo(16 * 100.0 / 18, within(1e-9));
        assertThat(units.get(1).counted()).isEqualTo(18);
    }

    @Test
    void onTimeAndThe766ScoreCountTheDossiersEachReceived() {
        RankingBoard board = rankings.of(ReportPeriod.month(RankingData.MARCH));
        List<Ranked> officers = board.officers().get(RankingCriterion.ON_TIME);
        assertThat(officers.subList(0, 2)).extracting(Ranked::name).containsExactly("Phạm Thu Trang",
                "Nguyễn Thị Hương");
        assertThat(officers.subList(0, 2)).extracting(line -> line.value().orElseThrow()).containsExactly(100.0, 80.0);
        assertThat(officers.subList(0, 2)).extracting(Ranked::movement).containsOnly(Movement.NEW);
        Ranked tuan = officers.stream().filter(line -> line.name().equals("Lê Minh Tuấn")).findFirst().orElseThrow();
        assertThat(tuan.rank()).isEmpty();
        assertThat(tuan.counted()).isEqualTo(4);
        List<Ranked> units = board.units().get(RankingCriterion.ON_TIME);
        assertThat(units.subList(0, 2)).extracting(Ranked::name).containsExactly("Phòng Kinh tế",
                "Phòng Tư pháp – Hộ tịch");
        assertThat(units.get(0).counted()).isEqualTo(10);
        // The 766 score of Kinh tế: every dossier on time and none dissatisfied: full marks on what was counted.
        List<Ranked> scores = board.units().get(RankingCriterion.SCORE766);
        assertThat(scores.get(0).name()).isEqualTo("Phòng Kinh tế");
        assertThat(scores.get(0).rank()).contains(1);
        assertThat(scores.get(0).value().orElseThrow()).isGreaterThan(scores.get(1).value().orElseThrow());
    }

    @Test
    void aQuarterAddsItsMonthsAndComparesWithTheQuarterBefore() {
        RankingBoard board = rankings.of(ReportPeriod.quarter(RankingData.MARCH));
        assertThat(board.previous().first()).isEqualTo(java.time.LocalDate.of(2024, 10, 1));
        List<Ranked> officers = board.officers().get(RankingCriterion.SATISFACTION);
        assertThat(officers.subList(0, 5)).extracting(Ranked::name).containsExactly("Phạm Thu Trang", "Vũ Ngọc Ánh",
                "Nguyễn Thị Hương", "Trần Văn Đức", "Hoàng Thị Lan");
        assertThat(officers.subList(0, 5)).extracting(line -> line.rank().orElseThrow())
                .containsExactly(1, 1, 3, 4, 5);
        assertThat(officers.get(2).value().orElseThrow()).isEqualTo(90.0);
        assertThat(officers.get(4).value().orElseThrow()).isCloseTo(700.0 / 11, within(1e-9));
        assertThat(officers.subList(0, 5)).extracting(Ranked::movement).containsOnly(Movement.NEW);
    }
}
