package vn.motcua.devices.rs485;

/** A clerk pressed a key of the caller keypad at {@code address}. */
public record KeypadPressed(int address, KeypadCommand command) implements KeyEvent {}
