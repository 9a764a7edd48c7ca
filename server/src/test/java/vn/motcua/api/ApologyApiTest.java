package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import vn.motcua.center.PublicAddress;
import vn.motcua.device.CounterPrinting;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.devices.printer.QrReader;
import vn.motcua.devices.simulator.SimulatedEscPosPrinter;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierPapers;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.ReceiveDossier;
import vn.motcua.dossier.Reception;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.Caller;
import vn.motcua.security.DemoAccess;

/**
 * The apology over HTTP: the holder drafts it, the director approves it, the dossier's JSON carries the new date, the
 * PDF (Mẫu 04) reads back with the reason, the new date and the code, and the slip comes out of the counter's printer.
 *
 * <p>Received by CB02 (head of KT) on Wednesday 2/12 09:30, three working days: due Monday 7/12 17:00; five more
 * working days from then: Monday 14/12 17:00.
 */
class ApologyApiTest extends RunningApiTest {

    private static final String REASON = "Chờ ý kiến thẩm định của Sở Tài nguyên và Môi trường";

    @Autowired
    ReceiveDossier receive;
    @Autowired
    MutableClock clock;
    @Autowired
    DossierPapers papers;
    @Autowired
    Dossiers dossiers;
    @Autowired
    CounterPrinting printing;
    @Autowired
    PublicAddress address;

    private Dossier dossier;
    private String path;
    private Api holder;

    @BeforeEach
    void received() {
        DossierTestData.reset(jdbc);
        clock.set(LocalDateTime.of(2026, 12, 2, 9, 30));
        data.seat(3, "CB02");
        dossier = receive.receive(new Caller(Actor.user("CB02"), Optional.of(data.officerId("CB02"))),
                new Reception(DossierTestData.KNOWN_PROCEDURE, "Nguyễn Thị Hồng Nhung", "0912 345 678", null, true,
                        null, Channel.IN_PERSON, null, List.of(0)));
        path = "/api/v1/dossiers/" + dossier.getCode();
        holder = new Api(port).as(Api.person("CB02", DemoAccess.PASSWORD));
    }

    @Test
    void theHolderDraftsBeforeTheDueDateTheDirectorApprovesAndThePaperSaysIt() throws IOException {
        clock.set(LocalDateTime.of(2026, 12, 4, 10, 0));
        Api.Reply drafted = holder.post(path + "/apology",
                "{\"reason\":\"" + REASON + "\",\"extraWorkingDays\":5}");

        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(drafted.json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(drafted.json().get("newAppointmentAtLocal").asString()).startsWith("2026-12-14T17:00");
        assertThat(drafted.json().get("draftedByCode").asString()).isEqualTo("CB02");
        assertThat(api.get("/api/v1/apologies?state=DRAFT").json().findValuesAsString("dossierCode"))
                .containsExactly(dossier.getCode());
        Api.Reply notYet = api.get(path + "/apology.pdf");
        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.json().get("code").asString()).isEqualTo("problem.apology.not-approved");
        assertThat(notYet.json().get("detail").asString()).contains("chưa có phiếu xin lỗi được lãnh đạo duyệt");
        assertThat(holder.post(path + "/apology/decision", "{\"approved\":true,\"reasonValid\":true}").status())
                .as("a head of unit is no leader of the center").isEqualTo(403);

        Api.Reply decided = api.post(path + "/apology/decision",
                "{\"approved\":true,\"reasonValid\":true,\"comment\":\"Đồng ý hẹn lại\"}");

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(decided.json().get("decidedBy").asString()).isEqualTo(fullName("giamdoc"));
        assertThat(api.get(path).json().get("newAppointmentAtLocal").asString()).startsWith("2026-12-14T17:00");
        assertThat(api.get(path).json().get("dueAtLocal").asString()).startsWith("2026-12-07T17:00");
        assertThat(api.get(path + "/apology").json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(api.get("/api/v1/apologies").json().size()).isZero();

        Api.Reply pdf = new Api(port).as(Api.person("CB01", DemoAccess.PASSWORD)).accepting("application/pdf")
                .get(path + "/apology.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text = text(bytes(path + "/apology.pdf"));
        assertThat(text).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Mẫu số 04", dossier.getCode(),
                "Nguyễn Thị Hồng Nhung", REASON, "Thời gian hẹn lại trả kết quả: 17 giờ 00 phút, ngày 14/12/2026",
                "Ngày hẹn trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 07/12/2026", "thành thật xin lỗi",
                DossierTestData.KNOWN_PROCEDURE_NAME, fullName("giamdoc"), "THỦ TRƯỞNG CƠ QUAN");
    }

    @Test
    void aLateDossierWithoutAnApologyIsListedUntilOneIsDrafted() {
        clock.set(LocalDateTime.of(2026, 12, 8, 10, 0));
        assertThat(api.get("/api/v1/apologies/missing").json().findValuesAsString("code"))
                .containsExactly(dossier.getCode());
        assertThat(holder.get("/api/v1/apologies/missing").json().findValuesAsString("code"))
                .containsExactly(dossier.getCode());
        assertThat(new Api(port).as(Api.person("CB05", DemoAccess.PASSWORD)).get("/api/v1/apologies/missing").json()
                .size()).as("another unit's officer").isZero();

        Api.Reply drafted = holder.post(path + "/apology", "{\"reason\":\"" + REASON + "\",\"extraWorkingDays\":1}");

        assertThat(drafted.json().get("newAppointmentAtLocal").asString()).as("late: from now")
                .startsWith("2026-12-09T17:00");
        assertThat(api.get("/api/v1/apologies/missing").json().size()).isZero();
        Api.Reply again = holder.post(path + "/apology", "{\"reason\":\"" + REASON + "\",\"extraWorkingDays\":1}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("problem.apology.pending");
    }

    @Test
    void theApprovedApologyPrintsOnTheCountersPrinterWithTheCitizensPage() throws Exception {
        holder.post(path + "/apology", "{\"reason\":\"" + REASON + "\",\"extraWorkingDays\":2}");
        Dossier drafted = dossiers.find(dossier.getCode()).orElseThrow();
        assertThatThrownBy(() -> papers.printApology(3, drafted)).as("nothing approved: nothing to print")
                .isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo("problem.apology.not-approved");
        api.post(path + "/apology/decision", "{\"approved\":true,\"reasonValid\":true}");
        Dossier approved = dossiers.find(dossier.getCode()).orElseThrow();
        int before = printing.simulatedPrinter(3).map(SimulatedEscPosPrinter::cuts).orElse(0);

        PrintOutcome printed = papers.printApology(3, approved);

        assertThat(printed.printed()).as(printed.problem()).isTrue();
        SimulatedEscPosPrinter printer = printing.simulatedPrinter(3).orElseThrow();
        assertThat(printer.cuts()).isEqualTo(before + 1);
        assertThat(QrReader.read(printer.lastTicket().orElseThrow()))
                .isEqualTo(address.of("/hs/" + approved.getTrackingToken()));
    }

    private String fullName(String username) {
        return jdbc.sql("select full_name from user_account where username = ?").param(username).query(String.class)
                .single();
    }

    private byte[] bytes(String pdfPath) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pdfPath))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("giamdoc:" + DemoAccess.PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
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
