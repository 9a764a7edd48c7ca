package vn.motcua.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrinterStatusTest {

    @ParameterizedTest(name = "printer={0} offline-cause={1} roll-paper={2} -> {7}")
    @CsvSource(nullValues = "none", value = {
            // printer, offline cause, roll paper, online, cover open, paper out, near end, problem
            "0x12, 0x12, 0x12, true,  false, false, false, none",
            "0x1A, 0x12, 0x12, false, false, false, false, Máy in đang ngoại tuyến",
            "0x1A, 0x16, 0x12, false, true,  false, false, Nắp máy in đang mở",
            "0x1A, 0x32, 0x72, false, false, true,  false, Máy in hết giấy",
            "0x12, 0x12, 0x72, true,  false, true,  false, Máy in hết giấy",
            "0x1A, 0x36, 0x7E, false, true,  true,  true,  Máy in hết giấy",
            "0x12, 0x12, 0x1E, true,  false, false, true,  none",
            "0x12, 0x12, 0x16, true,  false, false, true,  none",
            "0x12, 0x52, 0x12, false, false, false, false, Máy in đang ngoại tuyến",
    })
    void readsStatusBitsFromTheThreeReplies(String printer, String offlineCause, String rollPaper, boolean online,
                                            boolean coverOpen, boolean paperOut, boolean nearEnd, String problem) {
        PrinterStatus status = PrinterStatus.fromReplies(Integer.decode(printer), Integer.decode(offlineCause),
                Integer.decode(rollPaper));

        assertThat(status).isEqualTo(new PrinterStatus(online, coverOpen, paperOut, nearEnd));
        assertThat(status.problem()).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource({"0x12, true", "0x1A, true", "0x7E, true", "0x00, false", "0xFF, false", "0x41, false", "0x13, false",
            "0x92, false"})
    void recognisesRepliesByTheirFixedBits(String value, boolean reply) {
        assertThat(PrinterStatus.isReply(Integer.decode(value))).isEqualTo(reply);
    }

    @Test
    void everyStateSurvivesTheRoundTripThroughItsReplies() {
        for (int bits = 0; bits < 16; bits++) {
            var state = new PrinterStatus((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0);

            int printer = state.reply(PrinterStatus.PRINTER);
            int offlineCause = state.reply(PrinterStatus.OFFLINE_CAUSE);
            int rollPaper = state.reply(PrinterStatus.ROLL_PAPER);

            assertThat(PrinterStatus.fromReplies(printer, offlineCause, rollPaper)).isEqualTo(state);
            assertThat(PrinterStatus.isReply(printer) && PrinterStatus.isReply(offlineCause)
                    && PrinterStatus.isReply(rollPaper)).isTrue();
        }
    }
}
