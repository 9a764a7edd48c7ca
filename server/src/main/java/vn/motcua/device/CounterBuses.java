package vn.motcua.device;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.devices.rs485.DisplayBus;
import vn.motcua.devices.rs485.DisplayConfig;
import vn.motcua.devices.rs485.KeyBus;
import vn.motcua.devices.rs485.KeyBusConfig;
import vn.motcua.devices.rs485.SupervisedLink;
import vn.motcua.devices.simulator.SimulatedKeyPad;
import vn.motcua.devices.simulator.SimulatedLedBoard;
import vn.motcua.devices.transport.InMemoryTransport;

/**
 * The two RS-485 buses of the counters. With a port configured they speak over that serial port and reopen it
 * when it goes away; without one, each bus is an in-memory pair whose far end is played by a simulator.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeviceSettings.class)
class CounterBuses {

    /** Keys '1'..'5' pass the bus: the widest scale; the center's scale says what each means (1 = best). */
    static final int PAD_BUTTONS = vn.motcua.rating.RatingScale.FIVE.levels().size();

    private final InMemoryTransport.Pair displayWire = InMemoryTransport.pair("displays");
    private final InMemoryTransport.Pair keyWire = InMemoryTransport.pair("keys");

    @Bean(destroyMethod = "close")
    DisplayBus displayBus(DeviceSettings settings) {
        SupervisedLink link = settings.displayPort().isBlank()
                ? new SupervisedLink("mô phỏng", displayWire::host)
                : SupervisedLink.serial(settings.displayPort(), settings.baudRate(), settings.parity());
        return new DisplayBus(link, DisplayConfig.DEFAULT);
    }

    @Bean(destroyMethod = "close")
    KeyBus keyBus(DeviceSettings settings, KeyPresses presses) {
        SupervisedLink link = settings.keyPort().isBlank()
                ? new SupervisedLink("mô phỏng", keyWire::host)
                : SupervisedLink.serial(settings.keyPort(), settings.baudRate(), settings.parity());
        return new KeyBus(link, new KeyBusConfig(PAD_BUTTONS, settings.debounce(),
                KeyBusConfig.DEFAULT.interByteTimeout()), presses::handle);
    }

    @Bean(destroyMethod = "close")
    SimulatedLedBoard simulatedLedBoards() {
        return SimulatedLedBoard.start(displayWire.device());
    }

    @Bean(destroyMethod = "close")
    SimulatedKeyPad simulatedKeyPads() {
        return new SimulatedKeyPad(keyWire.device());
    }
}
