package vn.motcua.devices.rs485;

/** A key of the staff caller keypad, with the byte it sends (capital ASCII letters, apart from pad digits). */
public enum KeypadCommand {
    /** 'N' (0x4E): call the next ticket. */
    CALL_NEXT('N'),
    /** 'R' (0x52): call the current ticket again. */
    RECALL('R'),
    /** 'A' (0x41): the citizen is absent. */
    NO_SHOW('A'),
    /** 'F' (0x46): service finished. */
    FINISH('F');

    private final int code;

    KeypadCommand(char code) {
        this.code = code;
    }

    /** The key byte on the wire. */
    public int code() {
        return code;
    }

    /** The command for key byte {@code code}, or null. */
    public static KeypadCommand of(int code) {
        for (KeypadCommand command : values()) {
            if (command.code == code) {
                return command;
            }
        }
        return null;
    }
}
