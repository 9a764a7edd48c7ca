package vn.motcua.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.ServerTest;
import vn.motcua.audit.Actor;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.OfficerRoster.Entry;
import vn.motcua.security.AccountAdmin;
import vn.motcua.security.Accounts;
import vn.motcua.security.Role;
import vn.motcua.security.UnitHeads;

/**
 * Units, heads and officers as the admin keeps them: a taken code, an unknown unit or a head from another unit is
 * refused in words; a moved officer and a new head are on the audit trail with old and new value; a head who moves away
 * or leaves stops heading the unit; an officer who left is never deleted and their account is locked. The test's own
 * units and officers (codes T18…) are removed afterwards: other tests of this database count the demo's.
 */
@ServerTest
class OfficerRosterTest {

    private static final Actor ADMIN = Actor.user("admin");

    @Autowired
    UnitRegister units;
    @Autowired
    OfficerRoster roster;
    @Autowired
    UnitHeads heads;
    @Autowired
    Accounts accounts;
    @Autowired
    Officers officers;
    @Autowired
    AccountAdmin accountAdmin;
    @Autowired
    JdbcClient jdbc;

    long mark;
    Unit land;
    Unit permits;

    @BeforeEach
    void twoUnits() {
        mark = jdbc.sql("select coalesce(max(id), 0) from audit_record").query(Long.class).single();
        land = units.add("T18DD", "Tổ Đất đai", ADMIN);
        permits = units.add("T18GP", "Tổ Cấp phép", ADMIN);
    }

    @AfterEach
    void removeTheTestsPeople() {
        jdbc.sql("delete from user_account where officer_id in (select id from officer where code like 'T18%')").update();
        jdbc.sql("delete from officer where code like 'T18%'").update();
        jdbc.sql("delete from unit where code like 'T18%'").update();
    }

    @Test
    void anOfficerIsAddedMovedAndLeavesOnTheRecordAndStaysOnFile() {
        Officer an = roster.add(new Entry("T18-01", "Ngô Thị An", "Công chức Địa chính", land.getId(),
                Employment.CONTRACT), ADMIN);
        roster.change(an.getId(), new Entry("ignored", "Ngô Thị An", "Chuyên viên", permits.getId(),
                Employment.CONTRACT), ADMIN);
        roster.leave(an.getId(), ADMIN);
        roster.leave(an.getId(), ADMIN);

        Officer now = officers.find(an.getId()).orElseThrow();
        assertThat(officers.all()).extracting(Officer::getCode).contains("T18-01");
        assertThat(officers.working()).extracting(Officer::getCode).doesNotContain("T18-01").contains("CB01");
        assertRefused(() -> accountAdmin.create(null, Role.OFFICER, an.getId(), null, ADMIN), "problem.officer.left");
        assertThat(now.getCode()).isEqualTo("T18-01");
        assertThat(now.getUnit().getCode()).isEqualTo("T18GP");
        assertThat(now.getLeftOn()).isPresent();
        assertThat(audit("officer T18-01")).containsExactly(
                "OFFICER_ADDED: — → Ngô Thị An, Công chức Địa chính, CONTRACT, T18DD Tổ Đất đai",
                "OFFICER_CHANGED: Ngô Thị An, Công chức Địa chính, CONTRACT → Ngô Thị An, Chuyên viên, CONTRACT",
                "OFFICER_MOVED: T18DD Tổ Đất đai → T18GP Tổ Cấp phép",
                "OFFICER_LEFT: — → " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                        .format(now.getLeftOn().get()));
    }

    @Test
    void aTakenCodeAnUnknownUnitOrAnEmptyNameIsRefused() {
        roster.add(new Entry("T18-02", "Lý Văn Bảo", null, land.getId(), null), ADMIN);

        assertRefused(() -> roster.add(new Entry("t18-02", "Người khác", null, land.getId(), null), ADMIN),
                "problem.officer.code-taken");
        assertRefused(() -> roster.add(new Entry("T18-03", "Lý Văn Cường", null, 999_999L, null), ADMIN),
                "problem.officer.unknown-unit");
        assertRefused(() -> roster.add(new Entry("T18-03", "Lý Văn Cường", null, null, null), ADMIN),
                "problem.officer.unknown-unit");
        assertRefused(() -> roster.add(new Entry("T18-03", " ", null, land.getId(), null), ADMIN),
                "problem.officer.name");
        assertRefused(() -> units.add("t18dd", "Tổ khác", ADMIN), "problem.unit.code-taken");
        assertRefused(() -> units.change(permits.getId(), "T18DD", "Tổ Cấp phép", ADMIN), "problem.unit.code-taken");
        assertThat(jdbc.sql("select count(*) from officer where code like 'T18%'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aHeadMustBeAnOfficerOfTheUnitAndReplacesTheFormerHead() {
        Officer first = roster.add(new Entry("T18-11", "Phan Văn Dũng", null, land.getId(), null), ADMIN);
        Officer second = roster.add(new Entry("T18-12", "Phan Thị Em", null, land.getId(), null), ADMIN);
        Officer other = roster.add(new Entry("T18-13", "Tạ Văn Phúc", null, permits.getId(), null), ADMIN);

        assertRefused(() -> heads.appoint(land.getId(), other.getId(), ADMIN), "problem.unit.head-not-in-unit");
        Optional<String> password = heads.appoint(land.getId(), first.getId(), ADMIN);
        assertThat(password).get().asString().hasSize(12);
        assertThat(accounts.headOf(land.getId())).contains(first.getId());

        assertThat(heads.appoint(land.getId(), second.getId(), ADMIN)).get().asString().hasSize(12);
        assertThat(accounts.headOf(land.getId())).contains(second.getId());
        assertThat(role("T18-11")).isEqualTo("OFFICER");
        assertThat(audit("unit T18DD")).endsWith("UNIT_HEAD_CHANGED: — → T18-11 Phan Văn Dũng",
                "UNIT_HEAD_CHANGED: T18-11 Phan Văn Dũng → T18-12 Phan Thị Em");
    }

    @Test
    void aHeadWhoMovesAwayOrLeavesNoLongerHeadsTheUnitAndALeaverCannotSignIn() {
        Officer head = roster.add(new Entry("T18-21", "Hồ Văn Giang", null, land.getId(), null), ADMIN);
        Officer next = roster.add(new Entry("T18-22", "Hồ Thị Hạnh", null, permits.getId(), null), ADMIN);
        heads.appoint(land.getId(), head.getId(), ADMIN);
        heads.appoint(permits.getId(), next.getId(), ADMIN);

        roster.change(head.getId(), new Entry("T18-21", "Hồ Văn Giang", null, permits.getId(), null), ADMIN);
        assertThat(accounts.headOf(land.getId())).isEmpty();
        assertThat(role("T18-21")).isEqualTo("OFFICER");

        roster.leave(next.getId(), ADMIN);
        assertThat(accounts.headOf(permits.getId())).isEmpty();
        assertThat(jdbc.sql("select enabled from user_account where username = 'T18-22'").query(Boolean.class)
                .single()).isFalse();
        assertRefused(() -> heads.appoint(permits.getId(), next.getId(), ADMIN), "problem.unit.head-left");
        assertThat(audit("unit T18DD")).last().isEqualTo("UNIT_HEAD_CHANGED: T18-21 Hồ Văn Giang → —");
        assertThat(audit("account T18-22")).last().isEqualTo("ACCOUNT_DISABLED: null");
    }

    private String role(String username) {
        return jdbc.sql("select role from user_account where username = ?").param(username).query(String.class).single();
    }

    private List<String> audit(String subject) {
        return jdbc.sql("select action || ': ' || coalesce(detail, 'null') from audit_record where subject = ?"
                + " and id > ? order by id").params(subject, mark).query(String.class).list();
    }

    private static void assertRefused(Runnable act, String key) {
        assertThatThrownBy(act::run).isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("messageKey", key);
    }
}
