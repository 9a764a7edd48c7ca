package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.ServerTest;
import vn.motcua.audit.Actor;
import vn.motcua.catalogue.FieldsAndServices.FieldDraft;
import vn.motcua.catalogue.FieldsAndServices.ServiceDraft;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;

/** The admin's rules for fields and services: letters unique in any case, names and letters required, retire keeps. */
@ServerTest
class FieldsAndServicesTest {

    @Autowired
    FieldsAndServices editing;
    @Autowired
    Catalogue catalogue;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    JdbcClient jdbc;

    private final Actor admin = Actor.user("admin");

    @AfterEach
    void removeTheTestsRows() {
        CatalogueRowsOfTests.remove(jdbc);
    }

    @Test
    void anAddedServiceIsOfferedAtOnceAndItsAdditionIsAuditedWithItsValues() {
        editing.addField(new FieldDraft("T18F", "Lĩnh vực thử", null), admin);
        editing.addService(new ServiceDraft("T18-S", "Dịch vụ thử", "QZ", "T18F", null), admin);

        assertThat(catalogue.offered()).extracting(CenterService::getCode).last().isEqualTo("T18-S");
        assertThat(catalogue.service("T18-S").orElseThrow().getField().getName()).isEqualTo("Lĩnh vực thử");
        assertThat(lastDetail("SERVICE_ADDED", "service T18-S")).contains("name: — → Dịch vụ thử", "letter: — → QZ",
                "field: — → T18F");
        assertThat(lastDetail("FIELD_ADDED", "field T18F")).contains("name: — → Lĩnh vực thử");
    }

    @Test
    void aSecondServiceWithTheSameLetterInAnyCaseIsRefused() {
        String taken = catalogue.services().getFirst().getLetter();
        String field = catalogue.fields().getFirst().getCode();
        refused(() -> editing.addService(new ServiceDraft("T18-A", "Thử", taken, field, null), admin),
                "problem.service.letter-taken");
        // A letter written in small letters by SQL still holds its capital twin.
        jdbc.sql("insert into center_service (code, name, letter, field_id, sort_order)"
                + " values ('T18-LOW', 'Chữ thường', 'qy', (select id from service_field where code = ?), 99)")
                .param(field).update();
        refused(() -> editing.addService(new ServiceDraft("T18-B", "Thử", "QY", field, null), admin),
                "problem.service.letter-taken");
        assertThat(catalogue.service("T18-A")).isEmpty();
        assertThat(catalogue.service("T18-B")).isEmpty();
    }

    @Test
    void anEmptyLetterOrNameAndALetterNotOneToThreeCapitalsAreRefused() {
        String field = catalogue.fields().getFirst().getCode();
        for (String letter : new String[] {"", " ", "q", "A1", "ABCD", "Đ", "A B"}) {
            refused(() -> editing.addService(new ServiceDraft("T18-X", "Thử", letter, field, null), admin),
                    "problem.service.letter");
        }
        refused(() -> editing.addService(new ServiceDraft("T18-X", "  ", "QX", field, null), admin),
                "problem.catalogue.name");
        refused(() -> editing.addService(new ServiceDraft("HT-KS", "Thử", "QX", field, null), admin),
                "problem.service.duplicate");
        refused(() -> editing.addField(new FieldDraft(field, "Thử", null), admin), "problem.field.duplicate");
        assertThat(catalogue.service("T18-X")).isEmpty();
    }

    @Test
    void renamingAndReorderingAreAuditedWithOldAndNewAndKeepTheLetterFreeOfItself() {
        String field = catalogue.fields().getFirst().getCode();
        editing.addService(new ServiceDraft("T18-R", "Tên cũ", "QR", field, 50), admin);
        editing.changeService("T18-R", new ServiceDraft("T18-R", "Tên mới", "QR", field, 51), admin);

        CenterService renamed = catalogue.service("T18-R").orElseThrow();
        assertThat(renamed.getName()).isEqualTo("Tên mới");
        assertThat(renamed.getSortOrder()).isEqualTo(51);
        assertThat(lastDetail("SERVICE_CHANGED", "service T18-R")).isEqualTo("name: Tên cũ → Tên mới; order: 50 → 51");
    }

    @Test
    void aRetiredServiceLeavesTheKioskRefusesTicketsAndStaysUntilReinstated() {
        String field = catalogue.fields().getFirst().getCode();
        editing.addService(new ServiceDraft("T18-O", "Dịch vụ cũ", "QO", field, null), admin);
        editing.retire("T18-O", admin);

        assertThat(catalogue.offered()).extracting(CenterService::getCode).doesNotContain("T18-O");
        assertThat(catalogue.services()).extracting(CenterService::getCode).contains("T18-O");
        refused(() -> issueTicket.issue("T18-O", PriorityCategory.NONE), "problem.service.retired");
        assertThat(lastDetail("SERVICE_RETIRED", "service T18-O")).isEqualTo("retired: false → true");

        editing.reinstate("T18-O", admin);
        assertThat(catalogue.offered()).extracting(CenterService::getCode).contains("T18-O");
    }

    private String lastDetail(String action, String subject) {
        return jdbc.sql("select detail from audit_record where action = ? and subject = ? and actor = 'admin'"
                + " order by id desc").params(action, subject).query(String.class).list().getFirst();
    }

    static void refused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(Refusal.class)
                .satisfies(refusal -> assertThat(((Refusal) refusal).messageKey()).isEqualTo(key));
    }
}
