package vn.motcua.device;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.devices.rs485.BusFrame;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Counters;

/**
 * The device map: which device answers at which bus address or port, for which counter. The buses look addresses
 * up here on every frame, so a changed address or counter takes effect at once; a printer's port or host is opened
 * at start and changes at the next restart. Every change is audited with old and new value.
 */
@Service
public class DeviceMap {

    private static final int LINK_LENGTH = 200;

    private final JdbcClient jdbc;
    private final DeviceSettings settings;
    private final Counters counters;
    private final AuditTrail audit;
    private volatile Lookup lookup;

    DeviceMap(JdbcClient jdbc, DeviceSettings settings, Counters counters, AuditTrail audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.counters = counters;
        this.audit = audit;
    }

    /** The bus address of a counter's device of that kind, if the map has one. */
    public Optional<Integer> address(DeviceKind kind, int counterNumber) {
        return Optional.ofNullable(lookup().addresses.get(kind).get(counterNumber));
    }

    /** The counter whose device of that kind answers at this bus address, if any. */
    public Optional<Integer> counterAt(DeviceKind kind, int address) {
        return Optional.ofNullable(lookup().counters.get(kind).get(address));
    }

    /** Each counter's printer port or host:port, by counter number. */
    public Map<Integer, String> counterPrinters() {
        return list().stream().filter(entry -> entry.kind() == DeviceKind.COUNTER_PRINTER)
                .collect(Collectors.toMap(DeviceEntry::counterNumber, DeviceEntry::link));
    }

    /** The kiosk printer's port or host:port, if the map has one. */
    public Optional<String> kioskPrinter() {
        return list().stream().filter(entry -> entry.kind() == DeviceKind.KIOSK_PRINTER).map(DeviceEntry::link)
                .findFirst();
    }

    /** Every device, by kind, then counter. */
    public List<DeviceEntry> list() {
        seedOnce();
        return jdbc.sql("select id, kind, link, bus_address, counter_number from device_link"
                + " order by kind, counter_number, bus_address, id").query(DeviceEntry.class).list();
    }

    @Transactional
    public DeviceEntry add(DeviceEntry entry, Actor by) {
        DeviceEntry checked = checked(entry, null);
        long id = insert(checked);
        audit.record(by, AuditAction.DEVICE_MAP_CHANGED, "device #" + id, "— → " + checked.audited());
        reloadAfterCommit();
        return new DeviceEntry(id, checked.kind(), checked.link(), checked.busAddress(), checked.counterNumber());
    }

    @Transactional
    public void change(long id, DeviceEntry entry, Actor by) {
        DeviceEntry old = existing(id);
        DeviceEntry checked = checked(entry, id);
        if (checked.audited().equals(old.audited())) {
            return;
        }
        try {
            jdbc.sql("update device_link set kind = ?, link = ?, bus_address = ?, counter_number = ? where id = ?")
                    .params(checked.kind().name(), checked.link(), checked.busAddress(), checked.counterNumber(), id)
                    .update();
        } catch (DuplicateKeyException meanwhile) {
            throw addressTaken(checked);
        }
        audit.record(by, AuditAction.DEVICE_MAP_CHANGED, "device #" + id, old.audited() + " → " + checked.audited());
        reloadAfterCommit();
    }

    @Transactional
    public void remove(long id, Actor by) {
        DeviceEntry old = existing(id);
        jdbc.sql("delete from device_link where id = ?").param(id).update();
        audit.record(by, AuditAction.DEVICE_MAP_CHANGED, "device #" + id, old.audited() + " → —");
        reloadAfterCommit();
    }

    /** The entry cleaned and checked against the rules and the other devices; refused in words otherwise. */
    private DeviceEntry checked(DeviceEntry entry, Long id) {
        if (entry == null || entry.kind() == null) {
            throw new Refusal("problem.device-map.kind-missing", "A device needs its kind");
        }
        DeviceKind kind = entry.kind();
        String link = kind.onBus() ? "" : entry.link() == null ? "" : entry.link().strip();
        Integer address = kind.onBus() ? entry.busAddress() : null;
        Integer counter = kind.atCounter() ? entry.counterNumber() : null;
        if (kind.onBus() && (address == null || !BusFrame.isAddress(address))) {
            throw new Refusal("problem.device-map.address", "Bus address " + address + " is outside 32..255",
                    String.valueOf(address), BusFrame.MIN_ADDRESS, BusFrame.MAX_ADDRESS);
        }
        if (!kind.onBus() && !PrinterLinks.isLink(link)) {
            throw new Refusal("problem.device-map.link", "'" + link + "' is neither a serial port nor host:port", link);
        }
        if (link.length() > LINK_LENGTH) {
            throw new Refusal("problem.device-map.link", "The port has more than " + LINK_LENGTH + " characters", link);
        }
        if (kind.atCounter() && (counter == null || counters.find(counter).isEmpty())) {
            throw new Refusal("problem.device-map.no-counter", "Counter " + counter + " does not exist",
                    String.valueOf(counter));
        }
        DeviceEntry checked = new DeviceEntry(id, kind, link, address, counter);
        for (DeviceEntry other : list()) {
            if (other.id().equals(id) || other.kind() != kind) {
                continue;
            }
            if (kind.onBus() && other.busAddress().equals(address)) {
                throw addressTaken(checked);
            }
            if (kind.atCounter() && other.counterNumber().equals(counter)) {
                throw new Refusal("problem.device-map.counter-taken", kind + " for counter " + counter + " exists",
                        counter);
            }
            if (kind == DeviceKind.KIOSK_PRINTER) {
                throw new Refusal("problem.device-map.one-kiosk-printer", "The kiosk has one printer");
            }
        }
        return checked;
    }

    private static Refusal addressTaken(DeviceEntry entry) {
        return new Refusal("problem.device-map.address-taken", entry.kind() + " @" + entry.busAddress()
                + " is taken", entry.busAddress());
    }

    private DeviceEntry existing(long id) {
        return list().stream().filter(entry -> entry.id() == id).findFirst().orElseThrow(
                () -> new Refusal("problem.device-map.gone", "Device #" + id + " is not on the map"));
    }

    private long insert(DeviceEntry entry) {
        KeyHolder id = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into device_link (kind, link, bus_address, counter_number) values (?, ?, ?, ?)")
                    .params(entry.kind().name(), entry.link(), entry.busAddress(), entry.counterNumber())
                    .update(id, "id");
        } catch (DuplicateKeyException meanwhile) {
            throw addressTaken(entry);
        }
        return id.getKeyAs(Number.class).longValue();
    }

    /** Reads the map again on the next lookup: for a map written outside this service (tests putting it back). */
    void reload() {
        lookup = null;
    }

    private Lookup lookup() {
        Lookup kept = lookup;
        if (kept == null) {
            kept = new Lookup(list());
            // Before the seed (a first start whose counters are still being entered) the map is read again each time.
            if (seedDue() == 0) {
                lookup = kept;
            }
        }
        return kept;
    }

    private long seedDue() {
        return jdbc.sql("select count(*) from center where device_map_seeded = false").query(Long.class).single();
    }

    /** Other threads read the old map until the change is committed, then the new one. */
    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    lookup = null;
                }
            });
        } else {
            lookup = null;
        }
    }

    /**
     * Fills the map from the install's settings the first time there are counters: address offset + counter number
     * for each counter's display, pad and keypad, and the printers configured, so an existing install and the demo
     * keep working unchanged.
     */
    private synchronized void seedOnce() {
        List<Counter> all = seedDue() > 0 ? counters.all() : List.of();
        if (all.isEmpty()) {
            return;
        }
        Set<Integer> numbers = all.stream().map(Counter::getNumber).collect(Collectors.toSet());
        for (int number : numbers) {
            int address = settings.address(number);
            if (BusFrame.isAddress(address)) {
                for (DeviceKind kind : List.of(DeviceKind.COUNTER_DISPLAY, DeviceKind.RATING_PAD,
                        DeviceKind.CALLER_KEYPAD)) {
                    insert(new DeviceEntry(null, kind, "", address, number));
                }
            }
        }
        settings.counterPrinterAddresses().forEach((number, link) -> {
            if (numbers.contains(number)) {
                insert(new DeviceEntry(null, DeviceKind.COUNTER_PRINTER, link, null, number));
            }
        });
        settings.kioskPrinterLink().ifPresent(link ->
                insert(new DeviceEntry(null, DeviceKind.KIOSK_PRINTER, link, null, null)));
        jdbc.sql("update center set device_map_seeded = true").update();
    }

    /** Counter by address and address by counter, per kind, read once per change. */
    private static final class Lookup {

        private final Map<DeviceKind, Map<Integer, Integer>> addresses = new EnumMap<>(DeviceKind.class);
        private final Map<DeviceKind, Map<Integer, Integer>> counters = new EnumMap<>(DeviceKind.class);

        Lookup(List<DeviceEntry> entries) {
            for (DeviceKind kind : DeviceKind.values()) {
                addresses.put(kind, new HashMap<>());
                counters.put(kind, new HashMap<>());
            }
            for (DeviceEntry entry : entries) {
                if (entry.kind().onBus()) {
                    addresses.get(entry.kind()).put(entry.counterNumber(), entry.busAddress());
                    counters.get(entry.kind()).put(entry.busAddress(), entry.counterNumber());
                }
            }
        }
    }
}
