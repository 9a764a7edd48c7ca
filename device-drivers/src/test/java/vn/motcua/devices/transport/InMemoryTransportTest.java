package vn.motcua.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryTransportTest {

    private final InMemoryTransport.Pair link = InMemoryTransport.pair("test");

    @Test
    void bytesFlowBothWaysAndCanBeReadInSmallPieces() throws IOException {
        link.host().write(new byte[] {1, 2, 3, 4, 5});
        link.device().write(new byte[] {9});

        byte[] piece = new byte[2];
        assertThat(link.device().read(piece, 100)).isEqualTo(2);
        assertThat(piece).containsExactly(1, 2);
        assertThat(link.device().read(piece, 100)).isEqualTo(2);
        assertThat(piece).containsExactly(3, 4);
        assertThat(link.device().read(piece, 100)).isEqualTo(1);
        assertThat(piece[0]).isEqualTo((byte) 5);
        assertThat(link.host().read(piece, 100)).isEqualTo(1);
        assertThat(piece[0]).isEqualTo((byte) 9);
    }

    @Test
    void readReturnsZeroWhenNothingArrivesInTime() throws IOException {
        long start = System.nanoTime();

        assertThat(link.host().read(new byte[8], 150)).isZero();
        assertThat(link.host().read(new byte[8], 0)).isZero();

        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150));
    }

    @Test
    void closingOneEndWakesAndFailsTheOther() throws Exception {
        var blockedRead = CompletableFuture.supplyAsync(() -> {
            try {
                return link.device().read(new byte[8], 10_000);
            } catch (IOException e) {
                return -1;
            }
        });
        Thread.sleep(50);

        link.host().close();

        assertThat(blockedRead.get(2, TimeUnit.SECONDS)).isEqualTo(-1);
        assertThatThrownBy(() -> link.device().write(new byte[] {1})).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> link.host().read(new byte[1], 10)).isInstanceOf(IOException.class);
    }
}
