package vn.motcua.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.watch.Evidence.Source;

/**
 * The broker signals on a generated month ({@link BrokerTraffic}, fixed seed) at the center's default thresholds
 * (30 days, 5 owners, 4 phone days, 4 services in 3 minutes, 5 unserved): each planted pattern is found with its
 * evidence, the busy family and the honest visitors are not, and the center's thresholds move the results.
 * {@code BrokerSignalsOnPostgresTest} runs the same on PostgreSQL.
 */
@ServerTest
class BrokerSignalsTest {

    private static final Map<String, Integer> DEFAULTS = Map.of("watch_days", 30, "watch_owners", 5,
            "watch_phone_days", 4, "watch_burst_tickets", 4, "watch_burst_minutes", 3, "watch_unserved", 5);

    @Autowired
    BrokerSignals signals;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private BrokerTraffic traffic;

    @BeforeEach
    void aMonthOfTraffic() {
        clean();
        clock.set(BrokerTraffic.NOW);
        traffic = new BrokerTraffic(jdbc).write();
    }

    @AfterEach
    void clean() {
        jdbc.sql("delete from watch_action").update();
        data.startOfDay();
        DossierTestData.reset(jdbc);
        DEFAULTS.forEach(data::setting);
    }

    @Test
    void thePlantedBrokerIsFoundWithItsEvidenceAndNothingElse() {
        List<BrokerSignal> found = signals.find(BrokerTraffic.instant(BrokerTraffic.NOW));

        assertThat(found).extracting(BrokerSignal::key).containsExactlyInAnyOrder(
                "SHARED_CONTACT:phone:" + BrokerTraffic.BROKER_PHONE,
                "SHARED_CONTACT:id:" + BrokerTraffic.BROKER_ID,
                "PHONE_REUSE:" + BrokerTraffic.BROKER_PHONE,
                "KIOSK_BURST:Kiosk 2@2026-11-25 10:00",
                "HOARDING:Kiosk 1@2026-11-26 08:00");

        BrokerSignal phone = signal(found, "SHARED_CONTACT:phone:" + BrokerTraffic.BROKER_PHONE);
        assertThat(phone.figure()).isEqualTo(7);
        assertThat(phone.threshold()).isEqualTo(5);
        assertThat(phone.evidence()).extracting(Evidence::ref).containsExactlyInAnyOrderElementsOf(traffic.brokerDossiers);
        assertThat(phone.evidence()).extracting(Evidence::detail)
                .containsExactlyInAnyOrderElementsOf(BrokerTraffic.BROKER_OWNERS);
        assertThat(phone.why().key()).isEqualTo("watch.why.SHARED_CONTACT.phone");
        assertThat(phone.why().args()).containsExactly(BrokerTraffic.BROKER_PHONE, 7, 30, 5);

        BrokerSignal reuse = signal(found, "PHONE_REUSE:" + BrokerTraffic.BROKER_PHONE);
        assertThat(reuse.figure()).isEqualTo(5);
        assertThat(reuse.threshold()).isEqualTo(4);
        assertThat(reuse.evidence()).extracting(Evidence::source).containsOnly(Source.DOSSIER);

        BrokerSignal burst = signal(found, "KIOSK_BURST:Kiosk 2@2026-11-25 10:00");
        assertThat(burst.figure()).isGreaterThanOrEqualTo(5);
        assertThat(burst.threshold()).isEqualTo(4);
        // Honest tickets taken at that kiosk in the same minutes are in the window too: the five are all there.
        assertThat(burst.evidence()).extracting(Evidence::ref).containsAll(traffic.burst);
        assertThat(burst.evidence()).allMatch(e -> e.source() == Source.TICKET && e.detail() != null);

        BrokerSignal hoarding = signal(found, "HOARDING:Kiosk 1@2026-11-26 08:00");
        assertThat(hoarding.figure()).isGreaterThanOrEqualTo(12);
        assertThat(hoarding.evidence()).extracting(Evidence::ref).containsAll(traffic.hoarded);
        assertThat(hoarding.why().args()).startsWith("Kiosk 1", "26/11/2026", "08:00", "09:00");
    }

    @Test
    void theBusyFamilyIsNotABroker() {
        List<BrokerSignal> found = signals.find(BrokerTraffic.instant(BrokerTraffic.NOW));

        // Six dossiers under one phone, but three owners once names are folded; its phone seen on two days.
        assertThat(found).extracting(BrokerSignal::subject).noneMatch(s -> s.contains(BrokerTraffic.FAMILY_PHONE));
    }

    @Test
    void theCentersThresholdsMoveTheResults() {
        data.setting("watch_owners", 3);
        data.setting("watch_phone_days", 6);
        data.setting("watch_burst_tickets", 6);
        data.setting("watch_unserved", 13);

        List<BrokerSignal> found = signals.find(BrokerTraffic.instant(BrokerTraffic.NOW));

        assertThat(found).extracting(BrokerSignal::key).contains("SHARED_CONTACT:phone:" + BrokerTraffic.FAMILY_PHONE,
                "SHARED_CONTACT:phone:" + BrokerTraffic.BROKER_PHONE);
        assertThat(signal(found, "SHARED_CONTACT:phone:" + BrokerTraffic.FAMILY_PHONE).figure()).isEqualTo(3);
        assertThat(found).extracting(BrokerSignal::kind).doesNotContain(SignalKind.PHONE_REUSE, SignalKind.HOARDING);
        assertThat(found).filteredOn(s -> s.kind() == SignalKind.KIOSK_BURST).allMatch(s -> s.figure() >= 6);

        // Looking back a week only: the broker's dossiers of November's first weeks fall out, so do the signals.
        data.setting("watch_owners", 5);
        data.setting("watch_days", 7);
        assertThat(signals.find(BrokerTraffic.instant(BrokerTraffic.NOW))).isEmpty();
    }

    private static BrokerSignal signal(List<BrokerSignal> found, String key) {
        return found.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
