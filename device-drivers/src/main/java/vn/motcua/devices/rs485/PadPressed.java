package vn.motcua.devices.rs485;

/**
 * A citizen pressed a rating key: {@code score} is the key, 1 .. the scale's points. The server decides what each
 * key means (key 1 is its best face).
 */
public record PadPressed(int address, int score) implements KeyEvent {}
