package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;

/**
 * The hall board's voice in real headless Chromium, started as a kiosk-mode hall screen is
 * (--autoplay-policy=no-user-gesture-required): three calls made in quick succession are announced one after the
 * other, in call order, never over each other. Headless Chromium may have no audio device and no voices; the
 * announcer still paces and logs every announcement.
 */
@BrowserTest
class HallVoiceBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;

    @Test
    @SuppressWarnings("unchecked")
    void threeQuickCallsAreAnnouncedOneAtATimeInCallOrder() throws IOException {
        Browser.requireChromium();
        data.startOfDay();
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);

        Path profile = Files.createTempDirectory("motcua-hall-voice-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--user-data-dir=" + profile, "--window-size=1920,1080",
                // As the hall screen's kiosk-mode Chromium is started: audio may play without a click.
                "--autoplay-policy=no-user-gesture-required");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Browser.CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50));
            driver.get("http://localhost:" + port + "/pair/token?t=demo-hall&next=/display/hall");
            wait.withMessage("the hall board did not load its announcer").until(d -> Boolean.TRUE.equals(
                    driver.executeScript("return !!window.motcuaAnnouncer"
                            + " && document.body.innerText.includes('Chưa gọi số nào.');")));
            // The recorded clips are served by the application itself: no internet needed.
            // They decode to sound even where the machine has no audio device.
            Object clip = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " fetch('announcer/vi/moi-so.wav').then(r => r.arrayBuffer())"
                    + " .then(b => new OfflineAudioContext(1, 1, 11025).decodeAudioData(b))"
                    + " .then(audio => done(audio.duration), e => done(String(e)));");
            assertThat(clip).as("seconds of the clip \"mời số\"").isInstanceOf(Number.class);
            assertThat(((Number) clip).doubleValue()).isBetween(0.2, 2.0);

            callNext.callNext(1);
            serve.startServing(1); // call next is refused while the visitor is only called
            callNext.callNext(3);
            callNext.callNext(1);

            new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100))
                    .withMessage(() -> "three finished announcements expected, log: "
                            + driver.executeScript("return JSON.stringify(window.motcuaAnnouncer.log);"))
                    .until(d -> Boolean.TRUE.equals(driver.executeScript("const log = window.motcuaAnnouncer.log;"
                            + " return log.length >= 3 && log.every(e => e.end !== null);")));
            List<Map<String, Object>> log = (List<Map<String, Object>>) driver.executeScript(
                    "return window.motcuaAnnouncer.log.map(e => ({number: e.number, counter: Number(e.counter),"
                            + " mode: e.mode, start: e.start, end: e.end}));");
            System.out.println("Hall voice log: " + log + "; audio unlocked: "
                    + driver.executeScript("return window.motcuaAnnouncer.unlocked();"));

            assertThat(log).extracting(e -> e.get("number")).containsExactly("A001", "C001", "A002");
            assertThat(log).extracting(e -> ((Number) e.get("counter")).intValue()).containsExactly(1, 3, 1);
            for (int i = 0; i < log.size(); i++) {
                long start = ((Number) log.get(i).get("start")).longValue();
                long end = ((Number) log.get(i).get("end")).longValue();
                assertThat(end).as("announcement %d lasts", i).isGreaterThan(start);
                if (i > 0) {
                    long previousEnd = ((Number) log.get(i - 1).get("end")).longValue();
                    assertThat(start).as("announcement %d starts after the one before ended", i)
                            .isGreaterThanOrEqualTo(previousEnd);
                }
            }
        } finally {
            driver.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
