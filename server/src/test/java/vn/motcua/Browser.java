package vn.motcua;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, standing for one device (kiosk, counter screen, pad, officer's PC, manager's PC):
 * its own browser process, profile and Vaadin session. Waits on what the screen shows, never sleeps.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Duration FIRST_LOAD = Duration.ofSeconds(60);

    /** True once no Flow client on the page has a request in flight. */
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            const clients = Object.values(flow.clients).filter(c => c && typeof c.isActive === 'function');
            return clients.length > 0 && clients.every(c => !c.isActive());
            """;

    /** Selenium warns on every start that it ships no CDP bindings for this Chromium; the test uses none. */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private final String name;
    private final String baseUrl;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(String name, String baseUrl, Path profile, ChromeDriver driver) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Fails, not skips: without the browser the product's main path goes untested. */
    static void requireChromium() {
        for (Path tool : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(tool)) {
                throw new AssertionError("The end-to-end test needs " + tool
                        + ": run `apt-get install -y chromium chromium-driver` (or `.ci/run`).");
            }
        }
    }

    static Browser start(String name, String baseUrl, int width, int height) {
        requireChromium();
        Path profile;
        try {
            profile = Files.createTempDirectory("motcua-e2e-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException failed) {
            service.stop();
            deleteQuietly(profile);
            throw failed;
        }
        fitViewport(driver, width, height);
        return new Browser(name, baseUrl, profile, driver);
    }

    /** Sizes the window so the page itself (not the window around it) is as large as the device's screen. */
    private static void fitViewport(ChromeDriver driver, int width, int height) {
        @SuppressWarnings("unchecked")
        List<Number> inner = (List<Number>) driver.executeScript("return [window.innerWidth, window.innerHeight];");
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(window.getWidth() + width - inner.get(0).intValue(),
                window.getHeight() + height - inner.get(1).intValue()));
    }

    String name() {
        return name;
    }

    /** Loads a route and waits until Vaadin has rendered it. */
    Browser open(String route) {
        driver.get(baseUrl + route);
        waitUntilIdle();
        return this;
    }

    /** Makes this browser a paired device (the demo's printed token), then loads that device's screen. */
    Browser openAsDevice(String token, String route) {
        driver.get(baseUrl + "/pair/token?t=" + token + "&next=" + route);
        waitUntilIdle();
        return this;
    }

    /** Signs in through the sign-in page, as a person types it, and waits to leave that page. */
    Browser signIn(String username, String password) {
        open("/login");
        WebElement user = wait.until(d -> d.findElements(By.cssSelector("vaadin-text-field[name='username'] input"))
                .stream().findFirst().orElse(null));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys(password, org.openqa.selenium.Keys.ENTER);
        wait.withMessage(() -> name + ": still on the sign-in page after signing in as " + username)
                .until(d -> !d.getCurrentUrl().contains("/login"));
        waitUntilIdle();
        return this;
    }

    void waitUntilIdle() {
        // A first page load while five other browsers start on two cores can take longer than a screen's update.
        new WebDriverWait(driver, FIRST_LOAD, Duration.ofMillis(50)).withMessage(() -> name + ": Vaadin did not become idle")
                .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(VAADIN_IDLE));
    }

    /**
     * Waits until the element shows the text (case-sensitive, substring) and returns it; found in the same look, so
     * a screen redrawn just after cannot leave a stale element behind.
     */
    WebElement waitForText(By locator, String text) {
        return wait.withMessage(() -> name + ": expected " + locator + " to show \"" + text + "\" but it showed "
                        + describe(locator))
                .until(d -> d.findElements(locator).stream().filter(e -> e.getText().contains(text)).findFirst()
                        .orElse(null));
    }

    /** Waits until the element's text is exactly the text (trimmed) and returns it. */
    WebElement waitForExactText(By locator, String text) {
        return wait.withMessage(() -> name + ": expected " + locator + " to show exactly \"" + text
                        + "\" but it showed " + describe(locator))
                .until(d -> d.findElements(locator).stream().filter(e -> e.getText().trim().equals(text)).findFirst()
                        .orElse(null));
    }

    /** Marks the loaded page, so {@link #assertNotReloaded()} can tell it was updated in place. */
    void markPage() {
        driver.executeScript("window.motcuaE2eMark = 'still the same page';");
    }

    /** Fails if the page was reloaded or navigated away since {@link #markPage()}. */
    void assertNotReloaded() {
        Object mark = driver.executeScript("return window.motcuaE2eMark;");
        if (!"still the same page".equals(mark)) {
            throw new AssertionError(name + ": the page was reloaded; it should have been updated by push");
        }
    }

    /** Waits until the image has loaded and decoded to a picture with a size. */
    WebElement waitForImage(By locator) {
        wait.withMessage(() -> name + ": image " + locator + " did not load")
                .until(d -> d.findElements(locator).stream().anyMatch(image -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d).executeScript(
                                "return arguments[0].complete && arguments[0].naturalWidth > 0;", image))));
        return driver.findElement(locator);
    }

    /** Waits until the page's visible text contains the text. */
    void waitForPageText(String text) {
        waitForText(By.tagName("body"), text);
    }

    /** Clicks an element once it is present and not disabled (Vaadin buttons carry a disabled attribute). */
    void click(By locator) {
        WebElement element = wait.withMessage(() -> name + ": no enabled " + locator + " (" + describe(locator) + ")")
                .until(d -> d.findElements(locator).stream()
                        .filter(e -> e.isDisplayed() && e.getDomAttribute("disabled") == null)
                        .findFirst().orElse(null));
        element.click();
        waitUntilIdle();
    }

    /**
     * Chooses an item of a vaadin-select as a person would: clicks the field to open its overlay, then clicks
     * the vaadin-select-item with that text. In Vaadin 25 the items live in the select's own light DOM (under
     * its {@code slot="overlay"} child), so the item is looked up inside that select only.
     */
    void choose(String selectLabel, String itemText) {
        String select = selectXpath(selectLabel);
        click(By.xpath(select));
        click(By.xpath(select + "//vaadin-select-item[normalize-space(.)=" + xpathLiteral(itemText) + "]"));
        wait.withMessage(() -> name + ": select \"" + selectLabel + "\" shows \"" + selectedText(selectLabel)
                        + "\", not \"" + itemText + "\"")
                .until(d -> selectedText(selectLabel).equals(itemText));
    }

    /** Replaces what the field with this id holds, as a person selects all and types, then leaves it. */
    void retype(String fieldId, String text) {
        By field = By.cssSelector("#" + fieldId + " input");
        // As a person waits for the screen a link opened before typing into it.
        WebElement input = wait.withMessage(() -> name + ": no field #" + fieldId)
                .until(d -> d.findElements(field).stream().findFirst().orElse(null));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
        waitUntilIdle();
    }

    /** Types into the combo box with this id and clicks the item whose words start with the given text. */
    void pick(String comboId, String typed, String item) {
        click(By.cssSelector("#" + comboId + " input"));
        find(By.cssSelector("#" + comboId + " input")).sendKeys(typed);
        click(By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), " + xpathLiteral(item) + ")]"));
    }

    /** Waits until a vaadin-select shows the text in its field. */
    void waitForSelected(String selectLabel, String text) {
        wait.withMessage(() -> name + ": select \"" + selectLabel + "\" shows \"" + selectedText(selectLabel)
                        + "\", expected \"" + text + "\"")
                .until(d -> selectedText(selectLabel).contains(text));
    }

    /** What a vaadin-select shows in its field (the chosen item's copy in the value button). */
    String selectedText(String selectLabel) {
        List<WebElement> buttons = driver.findElements(
                By.xpath(selectXpath(selectLabel) + "/vaadin-select-value-button"));
        return buttons.isEmpty() ? "" : buttons.getFirst().getText().trim();
    }

    /** A vaadin-select found by its visible label; label is a property, shown through a slotted label element. */
    private static String selectXpath(String label) {
        return "//vaadin-select[label[@slot='label' and normalize-space(.)=" + xpathLiteral(label) + "]]";
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    /** Saves what the screen shows as target/screenshots/e2e-NAME.png and returns the file. */
    Path screenshot(String screen) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve("e2e-" + screen + ".png");
            Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.move(taken, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fetches an address with this browser's session (its sign-in cookie), as a click on a link would, and returns the
     * status, the content type and the body's bytes: for files a screen links to (PDF papers).
     */
    public Download download(String path) {
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let text = '';
                  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
                  done([r.status, r.headers.get('Content-Type') || '', btoa(text)]);
                }).catch(e => done([0, String(e), '']));""", path);
        return new Download(((Number) answer.get(0)).intValue(), (String) answer.get(1),
                Base64.getDecoder().decode((String) answer.get(2)));
    }

    /** What {@link #download} fetched. */
    public record Download(int status, String contentType, byte[] body) {
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private String describe(By locator) {
        try {
            List<WebElement> found = driver.findElements(locator);
            if (found.isEmpty()) {
                return "nothing; page: \"" + abbreviate(driver.findElement(By.tagName("body")).getText()) + "\"";
            }
            return found.stream().map(e -> "\"" + abbreviate(e.getText()) + "\"").toList().toString();
        } catch (RuntimeException e) {
            return "(" + e.getClass().getSimpleName() + ")";
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', '|');
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A leftover temp profile is harmless.
        }
    }
}
