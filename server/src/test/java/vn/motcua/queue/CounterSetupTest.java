package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.ServerTest;
import vn.motcua.audit.Actor;
import vn.motcua.catalogue.CatalogueRowsOfTests;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.CounterSetup.CounterDraft;

/** The admin's rules for counters: a number used once, at least one service, services kept in the order given. */
@ServerTest
class CounterSetupTest {

    @Autowired
    CounterSetup setup;
    @Autowired
    Counters counters;
    @Autowired
    JdbcClient jdbc;

    private final Actor admin = Actor.user("admin");

    @AfterEach
    void removeTheTestsRows() {
        CatalogueRowsOfTests.remove(jdbc);
    }

    @Test
    void anAddedCounterServesItsServicesInTheOrderGivenAndAReorderIsAuditedOldToNew() {
        setup.add(new CounterDraft(91, "Quầy thử", List.of("HT-KS", "TP-CT")), admin);
        Counter added = counters.find(91).orElseThrow();
        assertThat(setup.serviceCodes(added)).containsExactly("HT-KS", "TP-CT");
        assertThat(jdbc.sql("select preference from counter_service where counter_id = ? order by preference")
                .param(added.getId()).query(Integer.class).list()).containsExactly(1, 2);

        setup.change(91, new CounterDraft(91, "Quầy thử", List.of("TP-CT", "HT-KS")), admin);
        assertThat(setup.serviceCodes(added)).containsExactly("TP-CT", "HT-KS");
        assertThat(jdbc.sql("select detail from audit_record where action = 'COUNTER_CHANGED' and subject = 'counter 91'"
                + " order by id desc").query(String.class).list().getFirst())
                .isEqualTo("services: [HT-KS, TP-CT] → [TP-CT, HT-KS]");
    }

    @Test
    void aCounterWithNoServiceOrADuplicateNumberIsRefused() {
        refused(() -> setup.add(new CounterDraft(92, "Quầy thử", List.of()), admin), "problem.counter.no-service");
        refused(() -> setup.add(new CounterDraft(1, "Quầy thử", List.of("HT-KS")), admin), "problem.counter.duplicate");
        refused(() -> setup.add(new CounterDraft(0, "Quầy thử", List.of("HT-KS")), admin), "problem.counter.number");
        refused(() -> setup.change(1, new CounterDraft(1, "Quầy 1", List.of()), admin), "problem.counter.no-service");
        assertThat(counters.find(92)).isEmpty();
        assertThat(setup.serviceCodes(counters.find(1).orElseThrow())).isNotEmpty();
    }

    private static void refused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(Refusal.class)
                .satisfies(refusal -> assertThat(((Refusal) refusal).messageKey()).isEqualTo(key));
    }
}
