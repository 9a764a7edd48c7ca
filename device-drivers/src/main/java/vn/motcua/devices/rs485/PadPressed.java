package vn.motcua.devices.rs485;

/** A citizen pressed a rating key: {@code score} is 1 (worst) .. the scale's points (best). */
public record PadPressed(int address, int score) implements KeyEvent {}
