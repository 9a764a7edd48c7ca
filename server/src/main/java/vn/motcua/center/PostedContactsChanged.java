package vn.motcua.center;

/**
 * The center's name, hotline or posted leaders changed: the kiosk and the hall board, which run for weeks without a
 * reload, reload to show them.
 */
public record PostedContactsChanged() {
}
