package vn.motcua.device;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts the device map back as a test found it, rows and ids, and makes the buses read it again. */
public final class DeviceMapReset {

    private DeviceMapReset() {
    }

    public static void putBack(DeviceMap map, JdbcClient jdbc, List<DeviceEntry> found) {
        jdbc.sql("delete from device_link").update();
        for (DeviceEntry entry : found) {
            jdbc.sql("insert into device_link (id, kind, link, bus_address, counter_number) values (?, ?, ?, ?, ?)")
                    .params(entry.id(), entry.kind().name(), entry.link(), entry.busAddress(), entry.counterNumber())
                    .update();
        }
        map.reload();
    }
}
