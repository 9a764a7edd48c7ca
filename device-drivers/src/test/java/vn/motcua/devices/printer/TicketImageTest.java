package vn.motcua.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TicketImageTest {

    private static final int BLACK = 0xFF000000;

    @Test
    void chosenFontDisplaysVietnamese() {
        Font font = ThermalPen.font(Font.PLAIN, 24);

        assertThat(font.canDisplayUpTo(ThermalPen.VIETNAMESE_SAMPLE))
                .as("font %s lacks Vietnamese glyphs: install fonts-dejavu-core", font.getFamily())
                .isEqualTo(-1);
    }

    @Test
    void ticketIsOneBitAndAsWideAsThePaper() {
        BufferedImage ticket80 = TicketImage.render(SampleTickets.priority(), PaperWidth.MM_80);
        BufferedImage ticket58 = TicketImage.render(SampleTickets.priority(), PaperWidth.MM_58);

        assertThat(ticket80.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
        assertThat(ticket80.getColorModel().getPixelSize()).isEqualTo(1);
        assertThat(ticket80.getWidth()).isEqualTo(576);
        assertThat(ticket58.getWidth()).isEqualTo(384);
        assertThat(ticket80.getHeight()).isBetween(700, 2303);
    }

    @Test
    void ticketNumberIsPrintedVeryLarge() {
        BufferedImage one = TicketImage.render(SampleTickets.withNumber("A-1024", null), PaperWidth.MM_80);
        BufferedImage other = TicketImage.render(SampleTickets.withNumber("B-3875", null), PaperWidth.MM_80);

        int first = -1;
        int last = -1;
        int inkInNumberArea = 0;
        for (int y = 0; y < one.getHeight(); y++) {
            boolean differs = false;
            for (int x = 0; x < one.getWidth(); x++) {
                differs |= one.getRGB(x, y) != other.getRGB(x, y);
                inkInNumberArea += one.getRGB(x, y) == BLACK && differs ? 1 : 0;
            }
            if (differs) {
                first = first < 0 ? y : first;
                last = y;
            }
        }

        assertThat(one.getHeight()).isEqualTo(other.getHeight());
        assertThat(last - first).as("height of the number in dots").isGreaterThan(100);
        assertThat(inkInNumberArea).isGreaterThan(5_000);
    }

    @Test
    void priorityLabelIsPrintedWhiteOnBlack() {
        BufferedImage plain = TicketImage.render(SampleTickets.withNumber("A-1024", null), PaperWidth.MM_80);
        BufferedImage priority = TicketImage.render(SampleTickets.priority(), PaperWidth.MM_80);

        assertThat(priority.getHeight()).isGreaterThan(plain.getHeight());
        assertThat(tallestBlackBandAtBothEdges(priority)).as("rows of the inverted box").isGreaterThan(30);
        assertThat(tallestBlackBandAtBothEdges(plain)).as("rows of rules only").isLessThan(5);
    }

    @Test
    void savesASampleForPeopleToLookAt() throws IOException {
        Path sample = Path.of("target", "ticket-sample.png");
        Files.createDirectories(sample.getParent());

        ImageIO.write(TicketImage.render(SampleTickets.priority(), PaperWidth.MM_80), "png", sample.toFile());

        assertThat(ImageIO.read(sample.toFile()).getWidth()).isEqualTo(576);
    }

    /** Rules are a few rows high; only a white-on-black box is black at both content edges for many rows. */
    private static int tallestBlackBandAtBothEdges(BufferedImage image) {
        int left = 18;
        int right = image.getWidth() - 19;
        int tallest = 0;
        int band = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            band = image.getRGB(left, y) == BLACK && image.getRGB(right, y) == BLACK ? band + 1 : 0;
            tallest = Math.max(tallest, band);
        }
        return tallest;
    }
}
