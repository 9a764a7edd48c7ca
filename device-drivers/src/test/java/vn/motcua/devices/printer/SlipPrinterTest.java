package vn.motcua.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.devices.rs485.PtyPair;
import vn.motcua.devices.rs485.SupervisedLink;
import vn.motcua.devices.simulator.SimulatedEscPosPrinter;
import vn.motcua.devices.transport.InMemoryTransport;
import vn.motcua.devices.transport.SerialTransport;

/** A counter's slip goes out like a ticket: status, one raster image, a cut, status; trouble is an outcome in words. */
class SlipPrinterTest {

    static final String TRACKING_URL = "https://motcua.example.gov.vn/ho-so/000.00.23.H22-261202-0007";

    static SlipPrint receipt() {
        return new SlipPrint("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", List.of(
                new SlipPrint.Line("Mã hồ sơ", "000.00.23.H22-261202-0007"),
                new SlipPrint.Line("Thủ tục", "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"),
                new SlipPrint.Line("Người nộp", "Nguyễn Thị Hồng Nhung"),
                new SlipPrint.Line("Hẹn trả", "14 giờ 00 phút, ngày 09/12/2026")),
                TRACKING_URL, "Đường dây nóng: 1900 1234");
    }

    @Test
    void aSlipPrintsAsOneRasterAndACutWithItsQrCode() throws Exception {
        var link = InMemoryTransport.pair("counter printer");
        try (var device = SimulatedEscPosPrinter.start(link.device())) {
            PrintOutcome outcome = new EscPosTicketPrinter(link.host(), PaperWidth.MM_80, Duration.ofMillis(300))
                    .printSlip(receipt());

            assertThat(outcome.printed()).as(outcome.problem()).isTrue();
            assertThat(outcome.problem()).isNull();
            assertThat(device.printedTickets()).hasSize(1);
            assertThat(device.cuts()).isEqualTo(1);
            BufferedImage slip = device.lastTicket().orElseThrow();
            assertThat(slip.getWidth()).isEqualTo(576);
            assertThat(slip.getHeight()).as("title, four lines (one wrapped), QR, footer").isBetween(700, 2000);
            assertThat(QrReader.read(slip)).isEqualTo(TRACKING_URL);
            // What the counter's printer put on paper, for people to look at.
            ImageIO.write(slip, "png", Files.createDirectories(Path.of("target")).resolve("slip-sample.png").toFile());
        }
    }

    @Test
    void aSlipWithoutQrCodeIsShorterAndFitsNarrowPaper() {
        SlipPrint full = receipt();
        SlipPrint noQr = new SlipPrint(full.title(), full.lines(), null, full.footer());

        BufferedImage narrow = SlipImage.render(noQr, PaperWidth.MM_58);

        assertThat(narrow.getWidth()).isEqualTo(384);
        assertThat(narrow.getColorModel().getPixelSize()).isEqualTo(1);
        assertThat(SlipImage.render(noQr, PaperWidth.MM_80).getHeight())
                .isLessThan(SlipImage.render(full, PaperWidth.MM_80).getHeight() - 200);
    }

    @Test
    void anUnpluggedPrinterRefusesTheSlipInWords(@TempDir Path dir) throws Exception {
        var cable = new PtyPair(dir);
        try (var printer = new EscPosTicketPrinter(SupervisedLink.serial(cable.host.toString(), 9_600),
                PaperWidth.MM_80, Duration.ofMillis(500))) {
            try (var device = SimulatedEscPosPrinter.start(SerialTransport.open(cable.device.toString(), 9_600))) {
                PrintOutcome plugged = printer.printSlip(receipt());
                assertThat(plugged.printed()).as(plugged.problem()).isTrue();
                assertThat(device.printedTickets()).hasSize(1);
            }

            cable.unplug();
            PrintOutcome unplugged = printer.printSlip(receipt());

            assertThat(unplugged.printed()).isFalse();
            assertThat(unplugged.problem()).matches("(Máy in không phản hồi|Mất kết nối với máy in).*");
        } finally {
            cable.close();
        }
    }
}
