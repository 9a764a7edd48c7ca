package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.ReceiveDossier;
import vn.motcua.dossier.Reception;
import vn.motcua.queue.Caller;
import vn.motcua.security.DemoAccess;
import vn.motcua.device.CounterPrinting;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.devices.simulator.SimulatedEscPosPrinter;
import vn.motcua.dossier.DossierPapers;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.SupplementRequest;
import vn.motcua.dossier.Supplements;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/** A dossier's papers over HTTP: real PDF files with the record's words in them, for the center's staff only. */
class DossierPapersApiTest extends RunningApiTest {

    @Autowired
    ReceiveDossier receive;
    @Autowired
    MutableClock clock;
    @Autowired
    DossierPapers papers;
    @Autowired
    CounterPrinting printing;
    @Autowired
    Supplements supplements;
    @Autowired
    Dossiers dossiers;

    private Dossier dossier;

    @BeforeEach
    void received() {
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 30));
        data.seat(3, "CB02");
        dossier = receive.receive(new Caller(Actor.user("CB02"), Optional.of(data.officerId("CB02"))),
                new Reception(DossierTestData.KNOWN_PROCEDURE, "Nguyễn Thị Hồng Nhung", "0912 345 678", null, true,
                        null, Channel.POST, null, List.of(0, 1)));
    }

    @Test
    void theReceiptIsAPdfWithTheCodeTheDueDateAndTheOfficer() throws IOException {
        HttpResponse<byte[]> answer = get("/api/v1/dossiers/" + dossier.getCode() + "/receipt.pdf", "CB01");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/pdf"));
        String text = text(answer.body());
        assertThat(text).contains(dossier.getCode(), "Nguyễn Thị Hồng Nhung", "GIẤY TIẾP NHẬN HỒ SƠ",
                DossierTestData.KNOWN_PROCEDURE_NAME, officerName("CB02"));
        // Received on Wednesday 2/12 at 9:30, three working days: due at closing on Monday 7/12.
        assertThat(dossier.getDueAt().atZone(CenterTime.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(text).contains("ngày 07/12/2026");
    }

    @Test
    void theControlSlipNamesTheReceivingOfficer() throws IOException {
        HttpResponse<byte[]> answer = get("/api/v1/dossiers/" + dossier.getCode() + "/control-slip.pdf", "giamdoc");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(text(answer.body())).contains("PHIẾU KIỂM SOÁT", dossier.getCode(), officerName("CB02"),
                "Đúng hạn");
    }

    @Test
    void onlyStaffReadThePapersAndAMissingPaperIsSaidInWords() throws IOException {
        String receipt = "/api/v1/dossiers/" + dossier.getCode() + "/receipt.pdf";
        assertThat(get(receipt, null).statusCode()).isEqualTo(401);
        assertThat(new Api(port).as(Api.device(DemoAccess.KIOSK_TOKEN)).get(receipt).status()).isEqualTo(403);
        assertThat(get("/api/v1/dossiers/NO-SUCH-CODE/receipt.pdf", "CB01").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> notRefused = get("/api/v1/dossiers/" + dossier.getCode() + "/refusal.pdf", "CB01");
        assertThat(notRefused.statusCode()).isEqualTo(409);
        assertThat(new String(notRefused.body(), StandardCharsets.UTF_8)).contains("problem.dossier.not-refused");
        assertThat(get("/api/v1/dossiers/" + dossier.getCode() + "/supplement.pdf", "CB01").statusCode())
                .isEqualTo(409);
    }

    @Test
    void theCitizensTwoPapersPrintOnTheCountersPrinter() {
        int cutsBefore = printing.simulatedPrinter(3).map(SimulatedEscPosPrinter::cuts).orElse(0);
        assertThat(papers.printReceipt(3, dossier).printed()).isTrue();
        supplements.ask(Handler.of(new SignedInUser("CB02", "", Role.UNIT_HEAD, "Trần Văn Đức",
                data.officerId("CB02"), null, true, false)), dossier.getCode(),
                List.of(new SupplementRequest.MissingItem("Bản sao CCCD", "Bản sao bị mờ")), null);
        Dossier asked = dossiers.find(dossier.getCode()).orElseThrow();

        assertThat(papers.printSupplement(3, asked).printed()).isTrue();

        assertThat(printing.simulatedPrinter(3)).hasValueSatisfying(printer ->
                assertThat(printer.cuts()).isEqualTo(cutsBefore + 2));
        SimulatedEscPosPrinter printer = printing.simulatedPrinter(3).orElseThrow();
        printer.setPaperOut(true);
        try {
            PrintOutcome outOfPaper = papers.printSupplement(3, asked);
            assertThat(outOfPaper.printed()).isFalse();
            assertThat(outOfPaper.problem()).as("said in words").isNotBlank();
            assertThat(printer.cuts()).isEqualTo(cutsBefore + 2);
        } finally {
            printer.setPaperOut(false);
        }
    }

    @Test
    void aPaperIsAnsweredToWhoAcceptsAPdfAndRefusedInWordsToWhoAcceptsOnlyJson() {
        String receipt = "/api/v1/dossiers/" + dossier.getCode() + "/receipt.pdf";
        assertThat(get(receipt, "CB01", "application/pdf").statusCode()).isEqualTo(200);
        for (String accept : List.of("application/json", "text/html")) {
            HttpResponse<byte[]> refused = get(receipt, "CB01", accept);
            assertThat(refused.statusCode()).as(accept).isEqualTo(406);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).as(accept)
                    .contains("problem.request.not-acceptable", "application/pdf");
        }
    }

    private String officerName(String code) {
        return jdbc.sql("select full_name from officer where code = ?").param(code).query(String.class).single();
    }

    private HttpResponse<byte[]> get(String path, String who) {
        return get(path, who, null);
    }

    private HttpResponse<byte[]> get(String path, String who, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (who != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (who + ":" + DemoAccess.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
