package vn.motcua.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RasterCodecTest {

    @Test
    void headerCarriesWidthInBytesAndHeightLittleEndian() {
        byte[] command = RasterCodec.encode(new BufferedImage(576, 300, BufferedImage.TYPE_BYTE_BINARY));

        assertThat(Arrays.copyOf(command, 8))
                .containsExactly(0x1D, 0x76, 0x30, 0x00, 0x48, 0x00, 0x2C, 0x01);
        assertThat(command).hasSize(8 + 72 * 300);
        assertThat(RasterCodec.commandLength(command, 0)).isEqualTo(command.length);
    }

    @Test
    void leftmostDotIsTheMostSignificantBit() {
        var image = whiteImage(16, 1);
        image.setRGB(0, 0, Color.BLACK.getRGB());
        image.setRGB(9, 0, Color.BLACK.getRGB());

        byte[] command = RasterCodec.encode(image);

        assertThat(command[8]).isEqualTo((byte) 0x80);
        assertThat(command[9]).isEqualTo((byte) 0x40);
    }

    @Test
    void decodingGivesBackEveryDot() {
        var random = new Random(42);
        var image = whiteImage(64, 40);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 64; x++) {
                if (random.nextBoolean()) {
                    image.setRGB(x, y, Color.BLACK.getRGB());
                }
            }
        }

        BufferedImage decoded = RasterCodec.decode(RasterCodec.encode(image));

        assertThat(decoded.getWidth()).isEqualTo(64);
        assertThat(decoded.getHeight()).isEqualTo(40);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 64; x++) {
                assertThat(decoded.getRGB(x, y)).as("dot %d,%d", x, y).isEqualTo(image.getRGB(x, y));
            }
        }
    }

    private static BufferedImage whiteImage(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}
