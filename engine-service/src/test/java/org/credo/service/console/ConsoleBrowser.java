package org.credo.service.console;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: nothing is downloaded (the driver path is given,
 * so Selenium Manager never runs). Each browser has a fresh profile and a browser language; it signs in through the
 * console's form like a person.
 */
final class ConsoleBrowser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("credo.e2e.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("credo.e2e.chromedriver", "/usr/bin/chromedriver"));
    /** CI sets {@code -Dcredo.e2e.required=true}: there a missing browser fails the build instead of skipping. */
    static final boolean REQUIRED = Boolean.getBoolean("credo.e2e.required");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String root;
    private final Path profile;

    private ConsoleBrowser(ChromeDriver driver, String root, Path profile) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
        this.root = root;
        this.profile = profile;
    }

    /** Skips the calling test, saying why, when Chromium is absent — or fails it where the e2e tests are required. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed: the console "
                + "end-to-end tests need `apt-get install -y chromium chromium-driver`";
        if (!present && REQUIRED) {
            Assertions.fail(why + " (credo.e2e.required=true)");
        }
        Assumptions.assumeTrue(present, why + "; skipped (set -Dcredo.e2e.required=true to fail instead)");
    }

    /**
     * A headless browser whose language preference is {@code acceptLanguage} (what it sends as Accept-Language).
     *
     * @param root the application's root URL
     */
    static ConsoleBrowser open(URL root, String acceptLanguage) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("credo-chromium-");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1366,900",
                    "--lang=" + acceptLanguage.split(",")[0], "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            String base = root.toString().endsWith("/") ? root.toString().substring(0, root.toString().length() - 1)
                    : root.toString();
            return new ConsoleBrowser(new ChromeDriver(service, options), base, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void get(String path) {
        driver.get(root + path);
    }

    /** Signs in through the form; {@code lang} (zh, en or null) is the switch on the sign-in page. */
    void signIn(String user, String lang) {
        get("/console/login" + (lang == null ? "" : "?lang=" + lang));
        waitFor(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-user"), user));
    }

    void signOut() {
        driver.findElement(By.id("sign-out")).click();
        waitFor(By.id("login-form"));
    }

    WebElement waitFor(By locator) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            throw new AssertionError("no visible " + locator + " on " + driver.getCurrentUrl() + ":\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    void type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field by script: date inputs take typed text in the browser's locale format, a script does not. */
    void set(By locator, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", waitFor(locator), value);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Runs a script in the page and answers its result. */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** What the page logged as errors since the last call (a refused script or style, a failed request). */
    List<String> browserErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Waits until a condition the page answers by script holds. */
    void waitUntil(String script, Object... arguments) {
        try {
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script, arguments)));
        } catch (TimeoutException e) {
            throw new AssertionError("never true: " + script + " on " + driver.getCurrentUrl() + "; browser errors: "
                    + browserErrors() + "\n" + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** The HTML {@code lang} of the page: which language the server chose. */
    String pageLanguage() {
        return find(By.tagName("html")).getAttribute("lang");
    }

    /** The current page's path and query, without the host. */
    String currentPath() {
        return driver.getCurrentUrl().substring(root.length());
    }

    /** A PNG of the page: the window grows to the page's height (up to 2400 pixels) first. */
    void screenshot(Path file) {
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(1366, Math.min(2400, ((Number) height).intValue() + 40)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 900));
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
