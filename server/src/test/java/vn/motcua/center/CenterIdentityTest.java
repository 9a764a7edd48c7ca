package vn.motcua.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.ServerTest;
import vn.motcua.audit.Actor;
import vn.motcua.center.CenterIdentity.Identity;
import vn.motcua.center.LeaderHotlines.Line;
import vn.motcua.i18n.Refusal;

/**
 * The center's identity and its leaders' hotlines as the admin keeps them: an empty name or a number nobody could dial
 * is refused and changes nothing; each change is on the audit trail with old and new value; leaders keep their order.
 */
@ServerTest
class CenterIdentityTest {

    private static final Actor ADMIN = Actor.user("admin");

    @Autowired
    CenterIdentity identity;
    @Autowired
    LeaderHotlines leaders;
    @Autowired
    Centers centers;
    @Autowired
    JdbcClient jdbc;

    Identity before;
    List<Map<String, Object>> leadersBefore;
    long mark;

    @BeforeEach
    void remember() {
        before = identity.current();
        leadersBefore = jdbc.sql("select sort_order, title, full_name, phone from center_leader order by sort_order")
                .query().listOfRows();
        mark = jdbc.sql("select coalesce(max(id), 0) from audit_record").query(Long.class).single();
    }

    /** Other tests of this database read the demo's center and leaders. */
    @AfterEach
    void restore() {
        jdbc.sql("update center set name = ?, address = ?, hotline = ?")
                .params(before.name(), before.address().isEmpty() ? null : before.address(), before.hotline()).update();
        jdbc.sql("delete from center_leader").update();
        leadersBefore.forEach(row -> jdbc.sql("insert into center_leader (sort_order, title, full_name, phone)"
                + " values (?, ?, ?, ?)").params(value(row, "sort_order"), value(row, "title"), value(row, "full_name"), value(row, "phone"))
                .update());
    }

    @Test
    void phoneNumbersAreDigitsInGroupsThatSomeoneCouldDial() {
        assertThat(List.of("0243 868 1900", "0912.345.678", "1900-1234", "+84 912 345 678", "113", "1022"))
                .allMatch(PhoneNumber::isWellFormed);
        assertThat(List.of("", "12", "0912 34a 678", "0912  345", "gọi 0912", "0912 345 678 901 234 5", "09-"))
                .noneMatch(PhoneNumber::isWellFormed);
    }

    @Test
    void theNameAddressAndHotlineChangeAndEachChangeIsAuditedOldToNew() {
        identity.change(new Identity(" Trung tâm Phục vụ hành chính công xã An Bình ", before.address(),
                "0243 999 1022"), ADMIN);

        assertThat(centers.profile().getName()).isEqualTo("Trung tâm Phục vụ hành chính công xã An Bình");
        assertThat(centers.profile().getHotline()).isEqualTo("0243 999 1022");
        assertThat(audit("center.name")).containsExactly(before.name() + " → Trung tâm Phục vụ hành chính công xã An Bình");
        assertThat(audit("center.hotline")).containsExactly(before.hotline() + " → 0243 999 1022");
        assertThat(audit("center.address")).isEmpty();
    }

    @Test
    void anEmptyNameOrAHotlineNobodyCouldDialIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> identity.change(new Identity("  ", "", "0243 868 1900"), ADMIN))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("messageKey", "problem.center.name");
        assertThatThrownBy(() -> identity.change(new Identity("Trung tâm", "", "0243 86B 1900"), ADMIN))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("messageKey", "problem.center.phone");

        assertThat(identity.current()).isEqualTo(before);
        assertThat(audit("center.name")).isEmpty();
    }

    @Test
    void leadersAreAddedCorrectedReorderedAndRemovedOnTheRecord() {
        CenterLeader added = leaders.add(new Line("Phó Giám đốc Trung tâm", "Đỗ Thị Hoa", "0915 000 111"), ADMIN);
        assertThat(names()).last().isEqualTo("Đỗ Thị Hoa");

        leaders.change(added.getId(), new Line("Phó Giám đốc Trung tâm", "Đỗ Thị Hoa", "0915 000 222"), ADMIN);
        leaders.move(added.getId(), -1, ADMIN);
        int last = leadersBefore.size() + 1;
        assertThat(names().get(last - 2)).isEqualTo("Đỗ Thị Hoa");
        assertThat(jdbc.sql("select sort_order from center_leader order by sort_order").query(Integer.class).list())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, last).boxed().toList());

        leaders.remove(added.getId(), ADMIN);
        assertThat(names()).doesNotContain("Đỗ Thị Hoa").hasSize(leadersBefore.size());
        assertThat(jdbc.sql("select action || ': ' || detail from audit_record where subject = 'leader Đỗ Thị Hoa'"
                + " and id > ? order by id").param(mark).query(String.class).list()).containsExactly(
                "LEADER_ADDED: — → Phó Giám đốc Trung tâm Đỗ Thị Hoa, 0915 000 111",
                "LEADER_CHANGED: Phó Giám đốc Trung tâm Đỗ Thị Hoa, 0915 000 111 → Phó Giám đốc Trung tâm Đỗ Thị Hoa,"
                        + " 0915 000 222",
                "LEADER_MOVED: " + last + " → " + (last - 1),
                "LEADER_REMOVED: Phó Giám đốc Trung tâm Đỗ Thị Hoa, 0915 000 222 → —");
    }

    @Test
    void aLeaderWithoutANameOrWithAMalformedPhoneIsRefused() {
        assertThatThrownBy(() -> leaders.add(new Line("Chủ tịch UBND xã", " ", "0912 345 678"), ADMIN))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("messageKey", "problem.leader.incomplete");
        assertThatThrownBy(() -> leaders.add(new Line("Chủ tịch UBND xã", "Ngô Văn Nam", "09l2 345 678"), ADMIN))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("messageKey", "problem.center.phone");
        assertThat(names()).hasSize(leadersBefore.size());
    }

    private List<String> names() {
        return centers.leaders().stream().map(CenterLeader::getFullName).toList();
    }

    private List<String> audit(String subject) {
        return jdbc.sql("select detail from audit_record where subject = ? and action = 'SETTING_CHANGED'"
                + " and id > ? order by id").params(subject, mark).query(String.class).list();
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(java.util.Locale.ROOT));
    }
}
