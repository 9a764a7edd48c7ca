package vn.motcua.devices.rs485;

/** A key press decoded from the bus, after debouncing. */
public sealed interface KeyEvent permits PadPressed, KeypadPressed {

    /** The bus address of the pad or keypad. */
    int address();
}
