package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.audit.Actor;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierVisits;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.LinkVisit;
import vn.motcua.dossier.ProvinceDossier;
import vn.motcua.dossier.RecordProvinceDossiers;
import vn.motcua.dossier.VisitPurpose;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.Caller;
import vn.motcua.queue.CounterWork;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.security.DemoAccess;

/**
 * A visit linked to an imported dossier in real Chromium: the officer serves a ticket on the console, a scanner types
 * the dossier code and Enter into the field, the citizen rates on the pad, and the rating belongs to the dossier.
 * Screenshots: target/screenshots/e2e-dossier-*.png.
 */
@BrowserTest
class DossierVisitBrowserTest {

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
    CounterWork work;
    @Autowired
    LinkVisit linkVisit;
    @Autowired
    RecordProvinceDossiers recordProvinceDossiers;
    @Autowired
    Dossiers dossiers;
    @Autowired
    DossierVisits dossierVisits;

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
    void aVisitServedOnTheConsoleIsLinkedToItsDossierAndItsRatingBelongsToTheDossier() {
        data.startOfDay();
        String code = imported(DossierStatus.PROCESSING);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        Browser console = browser("dossier-console", 1366, 768);
        console.signIn("CB01", DemoAccess.PASSWORD).open("/counter/1");
        console.waitForText(By.className("console-waiting"), "A002");
        console.markPage();

        press(console, Keys.F2);
        console.waitForExactText(By.className("console-number"), "A001");
        press(console, Keys.F3);
        console.waitForExactText(By.className("console-timer-label"), "Thời gian phục vụ");
        console.waitForExactText(By.className("console-dossier-title"), "Hồ sơ của số A001");

        // A wrong code first: refused in words, kept in the field (selected) so the next scan replaces it.
        console.click(By.cssSelector(".console-dossier-code input"));
        scan(console, "000.00.23.H56-SAI-MA");
        console.waitForText(By.className("console-refusal-line"), "Không tìm thấy hồ sơ");
        console.screenshot("dossier-console-wrong-code");
        scan(console, code);
        console.waitForExactText(By.className("console-dossier-number"), code);
        console.waitForExactText(By.className("console-dossier-status"), "Đang giải quyết");
        console.waitForText(By.className("console-dossier-procedure"), "1.001193");
        console.waitForText(By.className("console-dossier-due"), "Hẹn trả ");
        await().atMost(Duration.ofSeconds(2)).ignoreExceptions().until(() -> console.all(By.className(
                "console-refusal-line")).stream().noneMatch(line -> line.isDisplayed()));
        assertThat(console.find(By.cssSelector(".console-dossier-code input")).getDomProperty("value")).isEmpty();
        // The scanner bounces: the same code again adds no row.
        scan(console, code);
        assertThat(console.all(By.className("console-dossier"))).hasSize(1);
        console.screenshot("dossier-console-linked");

        // F4 with the cursor still in the field finishes: the field does not take the console's keys. The finished
        // visit keeps its dossiers on screen (the officer may still link one for a few minutes).
        press(console, Keys.F4);
        console.waitForText(By.className("console-current"), "Không có số nào đang phục vụ.");
        console.waitForExactText(By.className("console-dossier-title"), "Hồ sơ của số A001");
        console.waitForExactText(By.className("console-dossier-number"), code);
        console.screenshot("dossier-console-finished");
        console.assertNotReloaded();

        Browser pad = browser("dossier-pad", 1280, 800);
        pad.openAsDevice("demo-pad-1", "/pad/1");
        pad.waitForExactText(By.className("pad-number"), "A001");
        pad.click(By.className("score-very-satisfied"));
        pad.waitForExactText(By.className("pad-thanks"), "Cảm ơn ông/bà đã đánh giá!");
        pad.screenshot("dossier-pad-rated");

        Dossier dossier = dossiers.find(code).orElseThrow();
        assertThat(dossierVisits.ratings(dossier)).extracting(Rating::getLevel)
                .containsExactly(RatingLevel.VERY_SATISFIED);
        assertThat(dossiers.visits(dossier)).singleElement()
                .satisfies(visit -> assertThat(visit.getOfficerId()).isEqualTo(data.officerId("CB01")));
    }

    /**
     * The citizen's page of that dossier on a phone. The page /hs/{token} is built on another branch of issue 13:
     * this test passes once both are merged.
     */
    @Test
    void theLinkedDossiersPageOpensOnAPhone() {
        data.startOfDay();
        String code = imported(DossierStatus.PROCESSING);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        callNext.callNext(1);
        serve.startServing(1);
        linkVisit.link(work.seat(1, new Caller(Actor.user("CB01"), Optional.of(data.officerId("CB01")))), code,
                VisitPurpose.SUBMISSION);

        Browser phone = browser("dossier-phone", 390, 844);
        phone.open("/hs/" + dossiers.find(code).orElseThrow().getTrackingToken());
        phone.waitForPageText(code);
        phone.screenshot("dossier-phone-page");
    }

    /** A dossier of the province's log, with a code no other test uses (dossiers are never deleted). */
    private String imported(DossierStatus status) {
        String code = "000.00.23.H56-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Instant received = clock.instant().minus(Duration.ofDays(2));
        recordProvinceDossiers.record(List.of(new ProvinceDossier(code, "1.001193", "Lê Văn Cường", "0912345678",
                received, received.plus(Duration.ofDays(8)), status, null, null, "Phòng Tư pháp")), Actor.SYSTEM);
        return code;
    }

    private Browser browser(String name, int width, int height) {
        Browser browser = Browser.start(name, "http://localhost:" + port, width, height);
        browsers.add(browser);
        return browser;
    }

    /** What a USB barcode scanner does: types the code fast, then Enter, into the field that has the focus. */
    private static void scan(Browser browser, String code) {
        new Actions(driver(browser)).sendKeys(code).sendKeys(Keys.ENTER).perform();
        browser.waitUntilIdle();
    }

    private static void press(Browser browser, Keys key) {
        new Actions(driver(browser)).sendKeys(key).perform();
        browser.waitUntilIdle();
    }

    private static WebDriver driver(Browser browser) {
        return ((WrapsDriver) browser.find(By.tagName("body"))).getWrappedDriver();
    }
}
