package vn.motcua.screens.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.motcua.audit.AuditAction;
import vn.motcua.officer.Employment;
import vn.motcua.center.CenterSettings.Setting;
import vn.motcua.i18n.Translations;
import vn.motcua.queue.CounterSession.ClosedReason;
import vn.motcua.queue.TicketEventKind;
import vn.motcua.queue.TicketHistoryReader.TicketHistoryRow;
import vn.motcua.queue.TicketStatus;
import vn.motcua.security.DeviceRole;
import vn.motcua.security.Role;

/**
 * The audit trail shows words, never codes: every value of every enum it shows has its words in both languages, so
 * a kind, status, device kind, role or reason added later without them fails here, not on a manager's screen.
 */
class AuditWordsTest {

    private final Translations translations = new Translations();
    private final AuditWords vietnamese = new AuditWords((key, params) ->
            translations.getTranslation(key, Translations.VIETNAMESE, params));

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyCodeTheAuditShowsHasWords(String language) {
        Locale locale = Locale.of(language);
        List<Enum<?>> codes = Stream.of(TicketEventKind.values(), TicketStatus.values(), DeviceRole.values(),
                ClosedReason.values(), Role.values(), AuditAction.values(), Employment.values())
                .<Enum<?>>flatMap(Stream::of).toList();
        assertThat(codes).hasSizeGreaterThan(30).allSatisfy(code -> assertThat(
                translations.getTranslation(AuditWords.key(code), locale)).as("words for %s", code)
                .doesNotStartWith("!").isNotEqualTo(code.name()));
        assertThat(Setting.values()).allSatisfy(setting -> assertThat(translations.getTranslation(
                AuditWords.settingKey(setting.name().toLowerCase(Locale.ROOT)), locale)).as("words for %s", setting)
                .doesNotStartWith("!"));
    }

    @Test
    void catalogueAndCounterChangesReadAsLabelsOldAndNewInWords() {
        assertThat(vietnamese.subject("service HT-KS")).isEqualTo("Dịch vụ HT-KS");
        assertThat(vietnamese.subject("procedure 1.001193")).isEqualTo("Thủ tục 1.001193");
        assertThat(vietnamese.detail(AuditAction.SERVICE_CHANGED, "name: Tên cũ → Tên mới; letter: A → QA"))
                .isEqualTo("tên: Tên cũ → Tên mới; chữ cái: A → QA");
        assertThat(vietnamese.detail(AuditAction.SERVICE_RETIRED, "retired: false → true"))
                .isEqualTo("ngừng cung cấp: không → có");
        assertThat(vietnamese.detail(AuditAction.PROCEDURE_CHANGED, "time: 5 WORKING_DAYS → SAME_DAY"))
                .isEqualTo("thời hạn: 5 ngày làm việc → trong ngày");
        assertThat(vietnamese.detail(AuditAction.COUNTER_CHANGED, "services: [HT-KS, TP-CT] → [TP-CT, HT-KS]"))
                .isEqualTo("dịch vụ phục vụ: [HT-KS, TP-CT] → [TP-CT, HT-KS]");
    }

    @Test
    void aTicketChangeReadsAsKindFromAndTo() {
        assertThat(vietnamese.change(row("FINISHED", "SERVING", "DONE")))
                .isEqualTo("Kết thúc phục vụ: Đang phục vụ → Đã xong");
        assertThat(vietnamese.change(row("ISSUED", null, "WAITING"))).isEqualTo("Lấy số: Đang chờ");
    }

    @Test
    void recordsNameDevicesCountersRolesAndSettingsInWords() {
        assertThat(vietnamese.subject("#5 COUNTER_DISPLAY 3 Quầy 3 – trên cao"))
                .isEqualTo("#5 Màn hình quầy 3 Quầy 3 – trên cao");
        assertThat(vietnamese.subject("counter 3")).isEqualTo("Quầy 3");
        assertThat(vietnamese.subject("account CB09")).isEqualTo("Tài khoản CB09");
        assertThat(vietnamese.subject("center.rating_scale")).isEqualTo("Số mức đánh giá trên bảng đánh giá");
        assertThat(vietnamese.subject("center.hotline")).isEqualTo("Đường dây nóng của trung tâm");
        assertThat(vietnamese.subject("unit KT")).isEqualTo("Bộ phận KT");
        assertThat(vietnamese.subject("officer CB01")).isEqualTo("Cán bộ CB01");
        assertThat(vietnamese.subject("leader Trần Thị Mai")).isEqualTo("Lãnh đạo Trần Thị Mai");
        assertThat(vietnamese.detail(AuditAction.OFFICER_CHANGED, "Lê Minh Tuấn, CIVIL_SERVANT → Lê Minh Tuấn, CONTRACT"))
                .isEqualTo("Lê Minh Tuấn, Công chức → Lê Minh Tuấn, Lao động hợp đồng");
        assertThat(vietnamese.detail(AuditAction.ACCOUNT_CREATED, "UNIT_HEAD")).isEqualTo("Trưởng bộ phận");
        assertThat(vietnamese.detail(AuditAction.COUNTER_CLOSED, "officer #4 TAKEN_OVER"))
                .isEqualTo("cán bộ #4 cán bộ khác nhận quầy");
        assertThat(vietnamese.detail(AuditAction.COUNTER_CLOSED, "CB02 SIGNED_OUT")).isEqualTo("CB02 rời quầy");
        assertThat(vietnamese.detail(AuditAction.SIGN_IN_FAILED, "BadCredentialsException"))
                .isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
        assertThat(vietnamese.detail(AuditAction.SETTING_CHANGED, "4 → 5")).isEqualTo("4 → 5");
        assertThat(vietnamese.detail(AuditAction.PAIRING_REFUSED, "unknown or expired code"))
                .isEqualTo("Mã không đúng hoặc đã hết hạn");
        assertThat(vietnamese.detail(AuditAction.DOSSIERS_IMPORTED, "3 new, 1 updated, 25 unchanged"))
                .isEqualTo("3 hồ sơ mới, 1 cập nhật, 25 không đổi");
    }

    private static TicketHistoryRow row(String kind, String from, String to) {
        return new TicketHistoryRow(Instant.EPOCH, "C001", kind, from, to, "CB02", "Trần Văn Đức", 3, null);
    }
}
