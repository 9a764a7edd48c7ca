package vn.motcua.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.ServerTest;
import vn.motcua.audit.Actor;
import vn.motcua.devices.rs485.PadPressed;
import vn.motcua.i18n.Refusal;

/** The device map on the real database: seeded as the install was set up, changed at once, refused in words. */
@ServerTest
class DeviceMapTest {

    private static final Actor ADMIN = Actor.user("admin");

    @Autowired
    DeviceMap map;
    @Autowired
    KeyPresses presses;
    @Autowired
    JdbcClient jdbc;

    private List<DeviceEntry> found;

    @BeforeEach
    void remember() {
        found = map.list();
    }

    @AfterEach
    void putBack() {
        DeviceMapReset.putBack(map, jdbc, found);
        jdbc.sql("delete from audit_record where action = 'DEVICE_MAP_CHANGED'").update();
    }

    @Test
    void theDemoMapIsSeededFromTheAddressOffsetSoEachCounterKeepsItsDevices() {
        int counters = jdbc.sql("select count(*) from counter").query(Integer.class).single();

        assertThat(found).filteredOn(entry -> entry.kind().onBus()).hasSize(counters * 3);
        assertThat(map.address(DeviceKind.COUNTER_DISPLAY, 3)).contains(32 + 3);
        assertThat(map.counterAt(DeviceKind.RATING_PAD, 32 + 3)).contains(3);
        assertThat(map.counterAt(DeviceKind.CALLER_KEYPAD, 32 + 6)).contains(6);
        assertThat(map.kioskPrinter()).as("the demo's kiosk printer is simulated, not on the map").isEmpty();
    }

    @Test
    void aChangedAddressAppliesAtOnceAndIsAuditedWithOldAndNew() {
        DeviceEntry display3 = entry(DeviceKind.COUNTER_DISPLAY, 3);

        map.change(display3.id(), new DeviceEntry(null, DeviceKind.COUNTER_DISPLAY, "", 0x80, 3), ADMIN);

        assertThat(map.address(DeviceKind.COUNTER_DISPLAY, 3)).contains(0x80);
        assertThat(audited()).containsExactly(
                "admin|device #" + display3.id() + "|COUNTER_DISPLAY @35 counter 3 → COUNTER_DISPLAY @128 counter 3");
    }

    @Test
    void aPadMovedToAnotherAddressRatesFromThereAndTheOldAddressIsRefused() {
        DeviceEntry pad1 = entry(DeviceKind.RATING_PAD, 1);
        map.change(pad1.id(), new DeviceEntry(null, DeviceKind.RATING_PAD, "", 0x90, 1), ADMIN);
        long refusedBefore = presses.refused();

        presses.handle(new PadPressed(33, 1));

        assertThat(presses.refused()).isEqualTo(refusedBefore + 1);
        assertThat(map.counterAt(DeviceKind.RATING_PAD, 0x90)).contains(1);
    }

    @Test
    void aPrinterIsAddedWithItsHostAndRemoved() {
        DeviceEntry added = map.add(new DeviceEntry(null, DeviceKind.COUNTER_PRINTER, " 10.0.0.5:9100 ", null, 2),
                ADMIN);
        assertThat(map.counterPrinters()).containsEntry(2, "10.0.0.5:9100");

        map.remove(added.id(), ADMIN);

        assertThat(map.counterPrinters()).doesNotContainKey(2);
        assertThat(audited()).containsExactly(
                "admin|device #" + added.id() + "|— → COUNTER_PRINTER 10.0.0.5:9100 counter 2",
                "admin|device #" + added.id() + "|COUNTER_PRINTER 10.0.0.5:9100 counter 2 → —");
    }

    @Test
    void badEntriesAreRefusedInWordsAndLeaveNoTrace() {
        assertRefused(new DeviceEntry(null, DeviceKind.COUNTER_DISPLAY, "", 300, 1), "problem.device-map.address");
        assertRefused(new DeviceEntry(null, DeviceKind.RATING_PAD, "", 5, 1), "problem.device-map.address");
        DeviceEntry keypad1 = entry(DeviceKind.CALLER_KEYPAD, 1);
        assertThatThrownBy(() -> map.change(keypad1.id(), new DeviceEntry(null, DeviceKind.CALLER_KEYPAD, "", 32 + 2,
                1), ADMIN)).isInstanceOf(Refusal.class).extracting(refused -> ((Refusal) refused).messageKey())
                .isEqualTo("problem.device-map.address-taken");
        assertRefused(new DeviceEntry(null, DeviceKind.COUNTER_DISPLAY, "", 0x70, 99), "problem.device-map.no-counter");
        assertRefused(new DeviceEntry(null, DeviceKind.COUNTER_DISPLAY, "", 0x70, 1),
                "problem.device-map.counter-taken");
        assertRefused(new DeviceEntry(null, DeviceKind.COUNTER_PRINTER, "máy in quầy 1", null, 1),
                "problem.device-map.link");
        assertRefused(new DeviceEntry(null, DeviceKind.COUNTER_PRINTER, "10.0.0.5:70000", null, 1),
                "problem.device-map.link");
        map.add(new DeviceEntry(null, DeviceKind.KIOSK_PRINTER, "/dev/ttyUSB9", null, null), ADMIN);
        assertRefused(new DeviceEntry(null, DeviceKind.KIOSK_PRINTER, "10.0.0.9:9100", null, null),
                "problem.device-map.one-kiosk-printer");

        assertThat(audited()).hasSize(1);
        assertThat(map.list()).hasSize(found.size() + 1);
    }

    @Test
    void aPadAndAKeypadShareTheirCountersAddressAsBefore() {
        assertThat(entry(DeviceKind.RATING_PAD, 4).busAddress()).isEqualTo(entry(DeviceKind.CALLER_KEYPAD, 4)
                .busAddress());
    }

    private void assertRefused(DeviceEntry entry, String key) {
        assertThatThrownBy(() -> map.add(entry, ADMIN)).isInstanceOf(Refusal.class)
                .extracting(refused -> ((Refusal) refused).messageKey()).isEqualTo(key);
    }

    private DeviceEntry entry(DeviceKind kind, int counter) {
        return found.stream().filter(entry -> entry.kind() == kind && entry.counterNumber() == counter).findFirst()
                .orElseThrow();
    }

    private List<String> audited() {
        return jdbc.sql("select actor || '|' || subject || '|' || detail from audit_record"
                + " where action = 'DEVICE_MAP_CHANGED' order by id").query(String.class).list();
    }
}
