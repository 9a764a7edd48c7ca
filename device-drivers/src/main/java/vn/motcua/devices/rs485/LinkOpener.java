package vn.motcua.devices.rs485;

import java.io.IOException;
import vn.motcua.devices.transport.Transport;

/** Opens the link to a bus, again after every failure, e.g. {@code () -> SerialTransport.open(path, 9600)}. */
@FunctionalInterface
public interface LinkOpener {

    /** Opens a fresh link or throws if the port is not there. */
    Transport open() throws IOException;
}
