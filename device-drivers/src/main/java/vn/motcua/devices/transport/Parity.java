package vn.motcua.devices.transport;

import com.fazecast.jSerialComm.SerialPort;

/** The parity of a serial line; RS-485 boards are usually 8N1, some 8E1. */
public enum Parity {
    NONE(SerialPort.NO_PARITY, 'N'), EVEN(SerialPort.EVEN_PARITY, 'E'), ODD(SerialPort.ODD_PARITY, 'O');

    private final int code;
    private final char letter;

    Parity(int code, char letter) {
        this.code = code;
        this.letter = letter;
    }

    int code() {
        return code;
    }

    char letter() {
        return letter;
    }
}
