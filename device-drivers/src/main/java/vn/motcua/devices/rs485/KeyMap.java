package vn.motcua.devices.rs485;

/** Turns a key byte into an event: ASCII digits '1'.. are rating scores, capital letters keypad commands. */
public final class KeyMap {

    private final int ratingPoints;

    /** A rating scale of {@code ratingPoints} keys, '1' (0x31) .. '0'+points, at most 9. */
    public KeyMap(int ratingPoints) {
        if (ratingPoints < 2 || ratingPoints > 9) {
            throw new IllegalArgumentException("Rating scale must have 2..9 points, was " + ratingPoints);
        }
        this.ratingPoints = ratingPoints;
    }

    /** The number of points of the rating scale. */
    public int ratingPoints() {
        return ratingPoints;
    }

    /** Whether {@code key} is a known key byte. */
    public boolean isKey(int key) {
        return isScore(key) || KeypadCommand.of(key) != null;
    }

    /** The event for a valid {@code key} from {@code address}; throws for unknown keys. */
    public KeyEvent decode(int address, int key) {
        if (isScore(key)) {
            return new PadPressed(address, key - '0');
        }
        KeypadCommand command = KeypadCommand.of(key);
        if (command == null) {
            throw new IllegalArgumentException("Unknown key byte " + key);
        }
        return new KeypadPressed(address, command);
    }

    /** The key byte a pad sends for {@code score}. */
    public int keyFor(int score) {
        if (score < 1 || score > ratingPoints) {
            throw new IllegalArgumentException("Score must be 1.." + ratingPoints + ", was " + score);
        }
        return '0' + score;
    }

    private boolean isScore(int key) {
        return key >= '1' && key <= '0' + ratingPoints;
    }
}
