package vn.motcua.devices.rs485;

import java.time.Instant;

/**
 * A snapshot of one bus for the supervisor screen.
 *
 * @param link        where the bus goes, e.g. {@code serial /dev/ttyUSB0 @ 9600 8N1}
 * @param state       UP or DOWN
 * @param downSince   when it went down; null while UP
 * @param framesOk    frames sent (displays) or valid frames received (pads, keypads)
 * @param framesBad   frames lost to a dead link (displays) or invalid frames dropped (pads, keypads)
 * @param debounced   repeated presses dropped by the debounce window (0 for displays)
 * @param linkErrors  times the link failed or a reopen attempt failed
 * @param reconnects  times the link was reopened after going down
 * @param lastError   text of the last link error, null if none yet
 */
public record BusHealth(String link, LinkState state, Instant downSince, long framesOk, long framesBad,
                        long debounced, long linkErrors, long reconnects, String lastError) {}
