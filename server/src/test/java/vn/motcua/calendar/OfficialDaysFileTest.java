package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.i18n.Refusal;

class OfficialDaysFileTest {

    /** The 2027 list as a ministry's spreadsheet saves it: a header, ';', dd/MM/yyyy, Vietnamese kinds, a BOM. */
    static final String OFFICIAL_2027 = """
            \uFEFFNgày;Tên ngày;Loại;Giờ mở cửa;Giờ đóng cửa
            01/01/2027;Tết Dương lịch;nghỉ lễ
            04/02/2027;Tết Nguyên đán (29 tháng Chạp);Nghỉ lễ
            05/02/2027;"Tết Nguyên đán, mùng 1";nghỉ lễ
            20/02/2027;Làm bù cho ngày 04/02;làm bù;07:30;11:30
            16/04/2027;Giỗ Tổ Hùng Vương;HOLIDAY
            """;

    @Test
    void readsTheOfficialListWithBomHeaderQuotesAndOwnHours() {
        OfficialDaysFile.Reading reading = OfficialDaysFile.read(OFFICIAL_2027.getBytes(StandardCharsets.UTF_8));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.days()).extracting(OfficialDay::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(reading.days().getFirst()).isEqualTo(
                new OfficialDay(2, LocalDate.of(2027, 1, 1), "Tết Dương lịch", DayKind.HOLIDAY, null));
        assertThat(reading.days().get(2).name()).isEqualTo("Tết Nguyên đán, mùng 1");
        assertThat(reading.days().get(3)).isEqualTo(new OfficialDay(5, LocalDate.of(2027, 2, 20),
                "Làm bù cho ngày 04/02", DayKind.WORKING, new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30))));
        assertThat(reading.days().get(4).kind()).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void readsCommasIsoDatesEnglishKindsAndNoBomOrHeader() {
        String file = "2027-09-02,National Day,holiday\r\n2027-09-04,Make-up day,Working\r\n";

        OfficialDaysFile.Reading reading = OfficialDaysFile.read(file.getBytes(StandardCharsets.UTF_8));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.days()).extracting(OfficialDay::day, OfficialDay::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 9, 2), DayKind.HOLIDAY),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 9, 4), DayKind.WORKING));
        assertThat(reading.days()).extracting(OfficialDay::line).containsExactly(1, 2);
    }

    @Test
    void decomposedVietnameseFromASpreadsheetIsReadAsComposed() {
        String decomposed = Normalizer.normalize("30/04/2027;Ngày Giải phóng miền Nam;nghỉ lễ", Normalizer.Form.NFD);

        OfficialDaysFile.Reading reading = OfficialDaysFile.read(decomposed.getBytes(StandardCharsets.UTF_8));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.days().getFirst().name()).isEqualTo("Ngày Giải phóng miền Nam");
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndReasonAndTheGoodOnesAreNotEnough() {
        String file = """
                Ngày;Tên;Loại
                01/01/2027;Tết Dương lịch;nghỉ lễ
                31/02/2027;Ngày không có;nghỉ lễ
                02/09/2027;;nghỉ lễ
                03/09/2027;Quốc khánh;nghỉ phép
                01/01/2027;Lặp lại;nghỉ lễ
                04/09/2027;Chỉ hai cột
                05/09/2027;Nghỉ có giờ;nghỉ lễ;07:30;11:30
                11/09/2027;Làm bù;làm bù;11:30;07:30
                12/09/2027;Làm bù;làm bù;7h30;11:30
                """;

        OfficialDaysFile.Reading reading = OfficialDaysFile.read(file.getBytes(StandardCharsets.UTF_8));

        assertThat(reading.problems()).containsExactly(
                ImportProblem.of(3, "calendar-import.bad-date", "31/02/2027"),
                ImportProblem.of(4, "calendar-import.no-name"),
                ImportProblem.of(5, "calendar-import.bad-kind", "nghỉ phép"),
                ImportProblem.of(6, "calendar-import.twice", 2),
                ImportProblem.of(7, "calendar-import.columns", 2),
                ImportProblem.of(8, "calendar-import.hours-on-holiday"),
                ImportProblem.of(9, "calendar-import.closes-before-opens", "07:30", "11:30"),
                ImportProblem.of(10, "calendar-import.bad-time", "7h30"));
        assertThat(reading.days()).extracting(OfficialDay::line).containsExactly(2);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAsAWholeRatherThanGarbled() {
        byte[] windows1258 = "01/01/2027;Tết Dương lịch;nghỉ lễ".getBytes(Charset.forName("windows-1258"));

        assertThatThrownBy(() -> OfficialDaysFile.read(windows1258)).isInstanceOf(Refusal.class)
                .extracting(refused -> ((Refusal) refused).messageKey()).isEqualTo("calendar-import.not-utf8");
    }

    @Test
    void aFileWithNoDayAndAnOversizedFileAreRefused() {
        assertThatThrownBy(() -> OfficialDaysFile.read("\uFEFFNgày;Tên;Loại\n\n".getBytes(StandardCharsets.UTF_8)))
                .extracting(refused -> ((Refusal) refused).messageKey()).isEqualTo("calendar-import.empty");
        assertThatThrownBy(() -> OfficialDaysFile.read(new byte[OfficialDaysFile.MAX_BYTES + 1]))
                .extracting(refused -> ((Refusal) refused).messageKey()).isEqualTo("calendar-import.too-large");
    }

    @Test
    void quotedFieldsKeepSeparatorsAndDoubledQuotes() {
        assertThat(OfficialDaysFile.fields("1/1/2027;\"Tết \"\"Tây\"\"; mùng 1\";lễ", ';'))
                .isEqualTo(List.of("1/1/2027", "Tết \"Tây\"; mùng 1", "lễ"));
    }
}
