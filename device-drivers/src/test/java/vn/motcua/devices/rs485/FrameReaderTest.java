package vn.motcua.devices.rs485;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    private final List<String> frames = new ArrayList<>();
    private final FrameReader reader = new FrameReader(new KeyMap(5)::isKey, 500_000_000L,
            (address, key) -> frames.add(Integer.toHexString(address) + ":" + (char) key));

    private void feed(long nanos, int... bytes) {
        byte[] raw = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            raw[i] = (byte) bytes[i];
        }
        reader.accept(raw, raw.length, nanos);
    }

    @Test
    void validFramesPass() {
        feed(0, 0x01, 0x21, '5', 0x07, 0x01, 0x22, 'N', 0x07);

        assertThat(frames).containsExactly("21:5", "22:N");
        assertThat(reader.framesOk()).isEqualTo(2);
        assertThat(reader.framesBad()).isZero();
    }

    @Test
    void eachKindOfGarbageCountsOnceAndTheNextFrameStillPasses() {
        feed(0, 0x01, 0x21, '6', 0x07);             // unknown key on a 5-point scale
        feed(0, 0x01, 0x05, '5', 0x07);             // address below 0x20
        feed(0, 0x01, 0x21, 0x07);                  // too short
        feed(0, 0x01, 0x21, '5', '5', '5', 0x07);   // too long
        feed(0, 0x01, 0x21, '5', 0x00, 0x33);       // wrong end byte, then cut off by the next SOH
        feed(0, 0x01, 0x21);                        // cut off by the next SOH
        feed(0, 0x01, 0x21, '3', 0x07);             // valid
        feed(0, 0x55, 0x07, 0x07, 0xFF);            // line noise between frames
        feed(0, 0x01, 0x21, '4', 0x07);             // valid

        assertThat(frames).containsExactly("21:3", "21:4");
        assertThat(reader.framesBad()).isEqualTo(7);
    }

    @Test
    void aFrameSplitAcrossReadsStillPasses() {
        feed(0, 0x01, 0x21);
        feed(1_000_000, '2', 0x07);

        assertThat(frames).containsExactly("21:2");
    }

    @Test
    void aFrameLeftUnfinishedPastTheInterByteTimeoutIsBad() {
        feed(0, 0x01, 0x21);
        feed(600_000_000L, '2', 0x07);
        feed(600_000_000L, 0x01, 0x21, '1', 0x07);

        assertThat(frames).containsExactly("21:1");
        assertThat(reader.framesBad()).isEqualTo(2);   // the stale half, then "32 07" as noise
    }

    @Test
    void flushCountsWhatWasInProgress() {
        feed(0, 0x01, 0x21, '2');
        reader.flush();
        reader.flush();

        assertThat(reader.framesBad()).isEqualTo(1);
    }

    @Test
    void debounceDropsTheSameKeyFromTheSameAddressInsideTheWindow() {
        var debouncer = new Debouncer(300_000_000L);

        assertThat(debouncer.accept(0x21, '5', 0)).isTrue();
        assertThat(debouncer.accept(0x21, '5', 200_000_000L)).isFalse();
        assertThat(debouncer.accept(0x21, '5', 400_000_000L)).as("window runs from the last press seen").isFalse();
        assertThat(debouncer.accept(0x22, '5', 400_000_000L)).as("other address").isTrue();
        assertThat(debouncer.accept(0x21, '4', 450_000_000L)).as("other key").isTrue();
        assertThat(debouncer.accept(0x21, '4', 800_000_000L)).isTrue();
    }
}
