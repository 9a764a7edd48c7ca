package vn.motcua.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.KioskPort.ServiceChoice;

class ServiceSearchTest {

    private static final ServiceChoice BIRTH = service("HT-KS", "Đăng ký khai sinh, kết hôn, khai tử", "A",
            "Tư pháp – Hộ tịch");
    private static final ServiceChoice LAND = service("DD-GCN",
            "Cấp, đăng ký biến động Giấy chứng nhận quyền sử dụng đất", "C", "Đất đai");
    private static final ServiceChoice BUILDING = service("XD-GP", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "D",
            "Xây dựng");
    private static final List<ServiceChoice> ALL = List.of(BIRTH, LAND, BUILDING);

    @Test
    void findsWithOrWithoutTheMarksInAnyCase() {
        assertThat(found("khai sinh")).containsExactly(BIRTH);
        assertThat(found("Khai Sinh")).containsExactly(BIRTH);
        assertThat(found("KHAI SINH")).containsExactly(BIRTH);
        assertThat(found("đăng ký khai sinh")).containsExactly(BIRTH);
        assertThat(found("dang ky khai sinh")).containsExactly(BIRTH);
    }

    @Test
    void findsByFieldName() {
        assertThat(found("dat dai")).containsExactly(LAND);
        assertThat(found("Đất đai")).containsExactly(LAND);
        assertThat(found("ho tich")).containsExactly(BIRTH);
    }

    @Test
    void everyWordMustBeginAWordOfTheNameOrField() {
        assertThat(found("giay")).containsExactly(LAND, BUILDING);
        assertThat(found("giay phep")).containsExactly(BUILDING);
        assertThat(found("kh")).containsExactly(BIRTH);
        // "sinh" is inside no other word: a fragment in the middle of a word finds nothing.
        assertThat(found("inh")).isEmpty();
        assertThat(found("ho chieu")).isEmpty();
    }

    @Test
    void aSingleLetterFindsTheServiceOfThatLetter() {
        assertThat(found("D")).contains(BUILDING);
        assertThat(found("c")).contains(LAND);
    }

    @Test
    void anEmptyQueryOrPunctuationAloneFindsEverything() {
        assertThat(found("")).containsExactlyElementsOf(ALL);
        assertThat(found("  ,  ")).containsExactlyElementsOf(ALL);
    }

    @Test
    void foldsVietnameseToPlainLetters() {
        assertThat(ServiceSearch.fold("Đường dây nóng Ưu tiên Người cao tuổi")).isEqualTo("duong day nong uu tien nguoi cao tuoi");
    }

    private static List<ServiceChoice> found(String query) {
        return ALL.stream().filter(service -> ServiceSearch.matches(service, query)).toList();
    }

    private static ServiceChoice service(String code, String name, String letter, String field) {
        return new ServiceChoice(code, name, letter, field, 0);
    }
}
