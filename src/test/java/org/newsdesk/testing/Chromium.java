package org.newsdesk.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's headless Chromium, driven through its ChromeDriver, for tests that look at a page as a person's
 * browser shows it. Both binaries are the installed ones (Debian's {@code chromium} and {@code chromium-driver};
 * other paths through the system properties {@code newsdesk.test.chromium} and {@code newsdesk.test.chromedriver}):
 * the driver's path is given to Selenium, so Selenium Manager never looks for or downloads one. The browser resolves
 * no host name but {@code localhost} and {@code 127.0.0.1}: a page under test loads from a server on this machine.
 *
 * <p>Tests call {@link #assumeInstalled()} before each test, so that a machine without Chromium skips them with a
 * message saying what to install.
 */
public final class Chromium implements AutoCloseable {

    private static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    private static final String DEFAULT_CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Path chromiumBinary() {
        return Path.of(System.getProperty("newsdesk.test.chromium", DEFAULT_CHROMIUM));
    }

    static Path chromedriverBinary() {
        return Path.of(System.getProperty("newsdesk.test.chromedriver", DEFAULT_CHROMEDRIVER));
    }

    /**
     * Skips the calling test where Chromium or its driver is missing. Call it in {@code @BeforeEach}: from
     * {@code @BeforeAll} it skips the class too, but Surefire (3.5) then reports "Tests run: 0" with no skip and no
     * message (SUREFIRE-2300).
     */
    public static void assumeInstalled() {
        Path chromium = chromiumBinary();
        Path chromedriver = chromedriverBinary();
        Assumptions.assumeTrue(
                Files.isExecutable(chromium) && Files.isExecutable(chromedriver),
                () -> "Chromium is not installed (" + chromium + ", " + chromedriver
                        + "): apt-get install chromium chromium-driver; browser tests skipped");
    }

    /**
     * A headless Chromium with a fresh profile under {@code java.io.tmpdir} (target/ in the build), in a 1280×900
     * window (its page area is 1280×757). Selenium logs "Unable to find CDP implementation matching" where the
     * browser is older or newer than the DevTools versions it ships: harmless, nothing here uses DevTools.
     */
    public static Chromium start() {
        Path chromium = chromiumBinary();
        Path chromedriver = chromedriverBinary();
        Path profile;
        try {
            profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                // Even with the switches above Chromium looks up and calls Google's hosts (sign-in, device
                // check-in, time, optimization models): no host name resolves but the machine's own.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,900");
        // A driver named in the service is used as it is: Selenium Manager is not run (DriverFinder).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw e;
        }
        return new Chromium(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Clicks what {@code target} finds and waits for the page it leads to: a click returns once the
     * click is dispatched, not when the next page has loaded, so without this a test can read the old
     * page (or an element of it that goes stale under its hands) on a busy machine.
     */
    public void clickToNextPage(org.openqa.selenium.By target) {
        org.openqa.selenium.JavascriptExecutor js = driver;
        // a mark on the page now: the next page is loaded when a document without it is complete
        js.executeScript("window.newsdeskOldPage = true;");
        driver.findElement(target).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60))
                // while the browser switches documents a script may fail; that is not an answer yet
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return window.newsdeskOldPage === undefined"
                                + " && document.readyState === 'complete';")));
    }

    /** Resizes the window to a phone's, 390×844. */
    public void phoneWidth() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /** Saves what the window shows now as a PNG at {@code file} (its folders made as needed); returns the file. */
    public Path screenshot(Path file) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quits the browser and its driver, then removes the profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a profile left in target/ goes with the next clean
        }
    }
}
