package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chip ID card's QR text as the counter's scanner types it: read whole, or refused whole in words. */
class IdCardScanTest {

    private static final String CARD =
            "079203012345|225678901|Nguyễn Thị Mai Anh|15031990|Nữ|12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|"
                    + "20072021";

    @Test
    void aChipCardsQrTextGivesTheNameIdNumberBirthDateAndAddress() {
        IdCardScan card = IdCardScan.parse(CARD + "\r\n");

        assertThat(card.idNumber()).isEqualTo("079203012345");
        assertThat(card.oldIdNumber()).isEqualTo("225678901");
        assertThat(card.fullName()).isEqualTo("Nguyễn Thị Mai Anh");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1990, 3, 15));
        assertThat(card.sex()).isEqualTo("Nữ");
        assertThat(card.address()).isEqualTo("12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh");
        assertThat(card.issueDate()).isEqualTo(LocalDate.of(2021, 7, 20));
    }

    @Test
    void aCardWithoutAnOldIdNumberIsRead() {
        IdCardScan card = IdCardScan.parse("001099000111||Trần Văn Bình|01012000|Nam|Hà Nội|05052022");

        assertThat(card.oldIdNumber()).isEmpty();
        assertThat(card.fullName()).isEqualTo("Trần Văn Bình");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "console.scan.fields; 079203012345|225678901|Nguyễn Thị Mai Anh|15031990|Nữ|Hà Nội",
            "console.scan.fields; 079203012345|225678901|Nguyễn Thị Mai Anh|15031990|Nữ|Hà Nội|20072021|thừa",
            "console.scan.fields; H56.23-261202-0001",
            "console.scan.id-number; 07920301234|225678901|Nguyễn Thị Mai Anh|15031990|Nữ|Hà Nội|20072021",
            "console.scan.id-number; 07920301234A|225678901|Nguyễn Thị Mai Anh|15031990|Nữ|Hà Nội|20072021",
            "console.scan.id-number; 079203012345|2256789|Nguyễn Thị Mai Anh|15031990|Nữ|Hà Nội|20072021",
            "console.scan.name; 079203012345|225678901|  |15031990|Nữ|Hà Nội|20072021",
            "console.scan.name; 079203012345|225678901|15031990|Nữ|Hà Nội|20072021|20072021",
            "console.scan.date; 079203012345|225678901|Nguyễn Thị Mai Anh|31021990|Nữ|Hà Nội|20072021",
            "console.scan.date; 079203012345|225678901|Nguyễn Thị Mai Anh|1990-03-15|Nữ|Hà Nội|20072021",
            "console.scan.date; 079203012345|225678901|Nguyễn Thị Mai Anh|15031990|Nữ|Hà Nội|",
            "console.scan.date; 079203012345|225678901|Nguyễn Thị Mai Anh|15032030|Nữ|Hà Nội|20072021"})
    void aMalformedScanIsRefusedWithItsReason(String key, String scanned) {
        assertThatThrownBy(() -> IdCardScan.parse(scanned)).isInstanceOfSatisfying(CounterRefusal.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }

    @Test
    void nothingScannedIsRefused() {
        assertThatThrownBy(() -> IdCardScan.parse("  ")).isInstanceOfSatisfying(CounterRefusal.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("console.scan.fields"));
        assertThatThrownBy(() -> IdCardScan.parse(null)).isInstanceOf(CounterRefusal.class);
    }
}
