package vn.motcua;

import org.openqa.selenium.WebElement;
import vn.motcua.dossier.DossierVisits;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.motcua.center.CenterTime;
import vn.motcua.device.CounterPrinting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierResult;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.ReceiveDossier;
import vn.motcua.dossier.Supplements;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;
import vn.motcua.security.DemoAccess;

/**
 * A dossier's way through the officer's console in real Chromium, at 1366x768: received from the ticket served at
 * counter 3 with the citizen's chip ID card scanned (a misread scan refused, filling nothing), handed to a colleague,
 * who asks for a supplement, marks it supplied and records the result. Screenshots: target/screenshots/e2e-desk-*.png.
 */
@BrowserTest
class ConsoleDossierBrowserTest {

    private static final String CARD = "079203012345|225678901|Nguyễn Thị Mai Anh|15031990|Nữ|"
            + "12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|20072021";

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    TestClock.MutableClock clock;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    Dossiers dossiers;
    @Autowired
    ReceiveDossier receiveDossier;
    @Autowired
    CounterPrinting printing;
    @Autowired
    Supplements supplements;
    @Autowired
    DossierVisits dossierVisits;
    @Autowired
    GiveRating giveRating;

    private final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void aDossierIsReceivedFromAnIdCardScanHandedOffSupplementedAndGivenItsResult() {
        data.startOfDay();
        clock.set(LocalDateTime.of(2026, 12, 2, 8, 30));
        issueTicket.issue("XD-GP", PriorityCategory.NONE);
        String ticket = callNext.callNext(3).orElseThrow().getNumber();
        serve.startServing(3);

        Browser desk = browser("desk-cb02");
        desk.signIn("CB02", DemoAccess.PASSWORD).open("/counter/3");
        desk.waitForExactText(By.className("console-dossier-title"), "Hồ sơ của số " + ticket);
        desk.screenshot("desk-console");
        desk.click(By.className("console-receive"));
        desk.waitForText(By.className("console-reception-from"), "số " + ticket);

        // A misread scan: refused in words beside the field, and nothing filled in.
        desk.click(By.cssSelector(".console-reception-scan input"));
        type(desk, "079203012345|225678901|Nguyễn Thị Mai Anh|31021990|Nữ|Hà Nội|20072021", Keys.ENTER);
        desk.waitForText(By.className("console-refusal-line"), "Ngày sinh hoặc ngày cấp trên mã QR không hợp lệ");
        assertThat(value(desk, ".console-reception-name input")).isEmpty();
        assertThat(value(desk, ".console-reception-id input")).isEmpty();
        desk.screenshot("desk-scan-refused");

        // The card read right: the name and ID number filled, the card's facts shown for the officer to check.
        type(desk, CARD, Keys.ENTER);
        desk.waitForText(By.className("console-reception-scanned"), "sinh ngày 15/03/1990, Nữ, 12 Lê Lợi");
        assertThat(value(desk, ".console-reception-name input")).isEqualTo("Nguyễn Thị Mai Anh");
        assertThat(value(desk, ".console-reception-id input")).isEqualTo("079203012345");
        assertThat(desk.all(By.className("console-refusal-line")).stream().filter(WebElement::isDisplayed)).isEmpty();
        type(desk, "0912345678");
        desk.click(By.className("console-reception-consent"));
        pick(desk, ".console-reception-procedure", "giay phep xay dung nha o", "1.013225 · Cấp giấy phép xây dựng");
        desk.waitForText(By.className("console-reception-documents"), "Bản vẽ thiết kế xây dựng");
        desk.click(By.className("console-reception-document"));
        desk.screenshot("desk-reception-filled");
        desk.click(By.className("console-form-submit"));

        String code = desk.waitForText(By.className("console-received-code"), "000.00.23.H22-261202-").getText();
        Dossier received = dossiers.find(code).orElseThrow();
        assertThat(received.getApplicant().getName()).contains("Nguyễn Thị Mai Anh");
        assertThat(received.getApplicant().getIdNumber()).contains("079203012345");
        assertThat(received.getProcedureCode()).isEqualTo("1.013225");
        assertThat(receiveDossier.documents(received)).singleElement()
                .satisfies(paper -> assertThat(paper.name()).startsWith("Đơn đề nghị cấp giấy phép xây dựng"));
        desk.waitForText(By.className("console-received-due"), "Hẹn trả kết quả: ");
        String receipt = desk.find(By.className("console-received-pdf")).getDomAttribute("href");
        assertThat(receipt).isEqualTo("/giay-to/ho-so/" + code + "/tiep-nhan.pdf");
        Browser.Download pdf = desk.download(receipt);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdfText(pdf.body())).contains(code, "GIẤY TIẾP NHẬN HỒ SƠ", "Nguyễn Thị Mai Anh",
                DateTimeFormatter.ofPattern("dd/MM/yyyy").format(received.getDueAt().atZone(CenterTime.ZONE)));
        desk.click(By.className("console-received-print"));
        desk.waitForText(By.className("console-received-printed"), "Đã in giấy tiếp nhận");
        assertThat(printing.simulatedPrinter(3)).hasValueSatisfying(printer ->
                assertThat(printer.cuts()).isPositive());
        desk.screenshot("desk-received");
        desk.click(By.cssSelector(".console-reception .console-form-cancel"));
        desk.waitForExactText(By.className("console-dossier-number"), code);

        // Not collectable before its result: the officer is told so in words.
        desk.choose("Mục đích", "Nhận kết quả");
        desk.click(By.cssSelector(".console-dossier-code input"));
        type(desk, code, Keys.ENTER);
        desk.waitForText(By.cssSelector(".console-dossiers .console-refusal-line"), "chưa có kết quả giải quyết");
        desk.screenshot("desk-not-collectable");

        // Hand it to CB03 from the list of what CB02 holds.
        desk.click(By.className("console-held-open"));
        desk.waitForExactText(By.className("console-held-code"), code);
        desk.screenshot("desk-held");
        desk.click(By.className("console-held-hand-off"));
        pick(desk, ".console-hand-off-to", "CB03", "Lê Minh Tuấn (CB03)");
        desk.find(By.cssSelector(".console-hand-off-note textarea")).sendKeys("Thẩm định hồ sơ xây dựng");
        desk.screenshot("desk-hand-off");
        desk.click(By.cssSelector(".console-hand-off .console-form-submit"));
        desk.waitForText(By.className("console-done-line"), "Đã chuyển hồ sơ " + code + " cho Lê Minh Tuấn.");
        desk.waitForText(By.className("console-held-none"), "Bạn không giữ hồ sơ nào");
        assertThat(dossiers.find(code).orElseThrow().getHolderOfficerId()).contains(data.officerId("CB03"));

        // CB03 asks for the papers not received, pre-filled as rows.
        Browser taker = browser("desk-cb03");
        taker.signIn("CB03", DemoAccess.PASSWORD).open("/counter");
        taker.click(By.className("console-held-open"));
        taker.waitForExactText(By.className("console-held-code"), code);
        taker.click(By.className("console-held-supplement"));
        taker.waitForText(By.className("console-supplement"), "Yêu cầu bổ sung hồ sơ " + code);
        assertThat(taker.all(By.cssSelector(".console-missing-what input"))).extracting(field -> field.getDomProperty(
                "value")).containsExactly("Giấy tờ chứng minh quyền sử dụng đất", "Bản vẽ thiết kế xây dựng");
        taker.screenshot("desk-supplement");
        taker.click(By.cssSelector(".console-supplement .console-form-submit"));
        taker.waitForText(By.className("console-done-line"), "Đã yêu cầu bổ sung hồ sơ " + code);
        taker.waitForExactText(By.className("console-held-status"), "Chờ bổ sung");
        Dossier waiting = dossiers.find(code).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
        assertThat(supplements.of(waiting)).singleElement().satisfies(request -> assertThat(request.getItems())
                .extracting(item -> item.what()).containsExactly("Giấy tờ chứng minh quyền sử dụng đất",
                        "Bản vẽ thiết kế xây dựng"));
        taker.screenshot("desk-awaiting-supplement");
        // CB03 sits at no counter: no printer to offer, the request's PDF (Mẫu 02) instead.
        assertThat(taker.all(By.className("console-held-print-supplement"))).isEmpty();
        Browser.Download request = taker.download(
                taker.find(By.className("console-held-supplement-pdf")).getDomAttribute("href"));
        assertThat(request.status()).isEqualTo(200);
        assertThat(pdfText(request.body())).contains("PHIẾU YÊU CẦU BỔ SUNG", code, "Bản vẽ thiết kế xây dựng");

        clock.set(LocalDateTime.of(2026, 12, 4, 9, 0));
        taker.click(By.className("console-held-supplied"));
        taker.waitForText(By.className("console-done-line"), "Công dân đã bổ sung hồ sơ " + code);
        taker.waitForExactText(By.className("console-held-status"), "Đang giải quyết");
        assertThat(dossiers.find(code).orElseThrow().getClockStoppedAt()).isEmpty();

        // The second hand-off: CB03 gives it back to CB02 at the one-stop counter, to record the result and return it.
        clock.set(LocalDateTime.of(2026, 12, 4, 10, 30));
        taker.click(By.className("console-held-hand-off"));
        pick(taker, ".console-hand-off-to", "CB02", "Trần Văn Đức (CB02)");
        taker.click(By.cssSelector(".console-hand-off .console-form-submit"));
        taker.waitForText(By.className("console-done-line"), "Đã chuyển hồ sơ " + code + " cho Trần Văn Đức.");

        // The result: refused needs its reason, shown beside the button; approved is recorded.
        clock.set(LocalDateTime.of(2026, 12, 4, 11, 0));
        desk.click(By.cssSelector(".console-held-dossiers .console-form-cancel"));
        desk.click(By.className("console-held-open"));
        desk.waitForExactText(By.className("console-held-code"), code);
        desk.click(By.className("console-held-result"));
        desk.click(By.xpath("//vaadin-radio-button[normalize-space(.)='Từ chối giải quyết']"));
        desk.click(By.cssSelector(".console-result .console-form-submit"));
        desk.waitForText(By.cssSelector(".console-result .console-refusal-line"), "phải ghi rõ lý do");
        desk.screenshot("desk-result-refused");
        desk.click(By.xpath("//vaadin-radio-button[normalize-space(.)='Đủ điều kiện, đã giải quyết']"));
        desk.click(By.cssSelector(".console-result .console-form-submit"));
        desk.waitForText(By.className("console-done-line"), "Đã ghi kết quả hồ sơ " + code + ": Đã có kết quả.");
        desk.screenshot("desk-result");
        Dossier done = dossiers.find(code).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(DossierStatus.DONE);
        assertThat(done.getOutcome().getResult()).contains(DossierResult.APPROVED);
        desk.click(By.cssSelector(".console-held-dossiers .console-form-cancel"));

        // The citizen comes back with a new ticket; the officer scans the code on the receipt to hand the result over.
        serve.finish(3);
        clock.set(LocalDateTime.of(2026, 12, 7, 9, 0));
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        String collecting = callNext.callNext(3).orElseThrow().getNumber();
        serve.startServing(3);
        desk.waitForExactText(By.className("console-dossier-title"), "Hồ sơ của số " + collecting);
        desk.waitUntilIdle();
        desk.choose("Mục đích", "Nhận kết quả");
        desk.click(By.cssSelector(".console-dossier-code input"));
        type(desk, code, Keys.ENTER);
        desk.waitForExactText(By.className("console-dossier-number"), code);
        serve.finish(3);
        Rating rating = giveRating.rate(3, RatingLevel.VERY_SATISFIED);
        Dossier returned = dossiers.find(code).orElseThrow();
        assertThat(returned.getStatus()).isEqualTo(DossierStatus.RETURNED);
        assertThat(returned.getOutcome().getReturningOfficerId()).contains(data.officerId("CB02"));
        assertThat(dossierVisits.ratings(returned)).extracting(Rating::getId).contains(rating.getId());

        // The control slip names every holder in turn with the time each held it.
        desk.open("/ho-so/" + code + "/kiem-soat");
        desk.waitForText(By.className("slip-code"), code);
        List<WebElement> holders = desk.all(By.cssSelector("#slip-holders tbody tr"));
        assertThat(holders).hasSize(3);
        assertThat(holders.get(0).findElement(By.className("slip-taker")).getText()).contains("Trần Văn Đức");
        assertThat(holders.get(1).findElement(By.className("slip-taker")).getText()).contains("Lê Minh Tuấn");
        assertThat(holders.get(1).findElement(By.className("slip-held-for")).getText()).isEqualTo("2 ngày 2 giờ");
        assertThat(holders.get(2).findElement(By.className("slip-giver")).getText()).contains("Lê Minh Tuấn");
        assertThat(holders.get(2).findElement(By.className("slip-held-for")).getText()).isEqualTo("30 phút");
        desk.screenshot("desk-control-slip");
        Browser.Download slipPdf = desk.download(desk.find(By.cssSelector("#slip-papers a")).getDomAttribute("href"));
        assertThat(slipPdf.status()).isEqualTo(200);
        assertThat(pdfText(slipPdf.body())).contains("PHIẾU KIỂM SOÁT", code, "Lê Minh Tuấn", "Đã giải quyết");
    }

    private Browser browser(String name) {
        Browser browser = Browser.start(name, "http://localhost:" + port, 1366, 768);
        browsers.add(browser);
        return browser;
    }

    /** Searches a combo box as the officer types, then clicks the item found (its label starts with the text). */
    private static void pick(Browser browser, String comboBox, String typed, String item) {
        browser.click(By.cssSelector(comboBox + " input"));
        type(browser, typed);
        browser.click(By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), '" + item + "')]"));
        browser.waitForText(By.cssSelector(comboBox), "");
        assertThat(value(browser, comboBox + " input")).startsWith(item);
    }

    private static String value(Browser browser, String css) {
        return browser.find(By.cssSelector(css)).getDomProperty("value");
    }

    /** Types into the field with the focus, as a person or a USB scanner does. */
    private static void type(Browser browser, CharSequence... keys) {
        new Actions(driver(browser)).sendKeys(keys).perform();
        browser.waitUntilIdle();
    }

    private static WebDriver driver(Browser browser) {
        return ((WrapsDriver) browser.find(By.tagName("body"))).getWrappedDriver();
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }
}
