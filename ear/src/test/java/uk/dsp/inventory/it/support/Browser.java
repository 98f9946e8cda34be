package uk.dsp.inventory.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser: Debian's headless Chromium driven by its chromium-driver (packages chromium and
 * chromium-driver, which .ci/run installs). Both are given by path, so Selenium downloads nothing. Its own
 * profile, without the background traffic that this machine's closed network would refuse.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("dsp.it.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("dsp.it.chromedriver", "/usr/bin/chromedriver");
    /** Deque's axe-core, which the build installs from npm (ear/pom.xml). */
    private static final Path AXE =
            Path.of(System.getProperty("dsp.it.axe", "target/axe/node_modules/axe-core/axe.min.js"));

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    /** A phone's width in CSS pixels (an iPhone 12 to 15). */
    private static final Dimension PHONE = new Dimension(390, 844);

    private final WebDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("dsp-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The test server's certificate is the development one (scripts/tls.sh), which no browser knows.
        options.setAcceptInsecureCerts(true);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Opens an absolute address, such as the HTTPS listener's. */
    public Browser openUrl(java.net.URI address) {
        driver.get(address.toString());
        return this;
    }

    public Browser open(String path) {
        driver.get(DspServer.resolve(path).toString());
        return this;
    }

    /** The visible element, waiting for it; a page without it is kept as target/screenshots/missing-*.{png,html}. */
    public WebElement find(String css) {
        return awaitOn(css, element -> element);
    }

    /** The visible element's text, read once the page that shows it has settled. */
    public String textOf(String css) {
        return awaitOn(css, WebElement::getText);
    }

    /**
     * What the visible element gives, waiting for it. Chrome reports a node whose document was just replaced as "does
     * not belong to the document" rather than as stale, so both mean: look again on the page now shown.
     */
    private <T> T awaitOn(String css, java.util.function.Function<WebElement, T> read) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> settled(() -> {
                        WebElement element = d.findElement(By.cssSelector(css));
                        return element.isDisplayed() ? read.apply(element) : null;
                    }));
        } catch (TimeoutException e) {
            String name = "missing-" + css.replaceAll("[^A-Za-z0-9]+", "_");
            screenshot(name);
            try {
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + source());
            } catch (IOException written) {
                e.addSuppressed(written);
            }
            throw e;
        }
    }

    /** The condition's answer, or null (wait on) where the page it looked at went away or lacks the element. */
    private static <T> T settled(java.util.function.Supplier<T> condition) {
        try {
            return condition.get();
        } catch (NoSuchElementException | StaleElementReferenceException e) {
            return null;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return null;
            }
            throw e;
        }
    }

    /** Waits until the browser has left the page it was on (a form's post answered by a redirect, say). */
    public void awaitUrlWithout(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains(part));
    }

    /** Waits until the element shows the text (the page after a form's post, say). */
    public void awaitText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> settled(
                        () -> d.findElement(By.cssSelector(css)).getText().contains(text) ? true : null));
    }

    /** Signs the person in on the sign-in page the browser was sent to, with the keyboard, and waits to leave it. */
    public Browser signIn(People.Person person) {
        if (!title().equals("Sign in · DCC Self-Service")) {
            throw new IllegalStateException("not the sign-in page: " + url() + " titled " + title());
        }
        fill("signIn:username", person.username());
        fill("signIn:password", People.PASSWORD);
        driver.findElement(By.id("signIn:password")).sendKeys(Keys.ENTER);
        awaitUrlWithout("sign-in.xhtml");
        return this;
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public void fill(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String source() {
        return driver.getPageSource();
    }

    public String title() {
        return driver.getTitle();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Checks the page as it stands at a desktop's and at a phone's width: axe-core finds no accessibility violation
     * at either, and at the phone's width nothing is wider than the window (a wide table scrolls in its own box).
     * Each width is kept as a screenshot, {name}-1280.png and {name}-390.png.
     */
    public Browser check(String name) {
        try {
            for (Dimension size : java.util.List.of(DESKTOP, PHONE)) {
                driver.manage().window().setSize(size);
                java.util.List<String> violations = accessibilityViolations();
                if (!violations.isEmpty()) {
                    screenshot(name + "-" + size.getWidth() + "-violations");
                    throw new AssertionError(name + " at " + size.getWidth() + " px, " + url() + ": axe-core found "
                            + String.join("; ", violations));
                }
                long overflow = (Long) ((JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                screenshot(name + "-" + size.getWidth());
                if (overflow > 0) {
                    throw new AssertionError(name + " at " + size.getWidth() + " px, " + url() + ": the page is "
                            + overflow + " px wider than the window");
                }
            }
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
        return this;
    }

    /** axe-core's violations on the page as it stands, each as "rule: help [elements]"; none is empty. */
    public java.util.List<String> accessibilityViolations() {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        try {
            script.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is not installed at " + AXE + " (mvn verify installs it)", e);
        }
        Object found = script.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' '"
                + " + JSON.stringify(v.nodes.map(n => n.target.join(' '))))))"
                + ".catch(e => done(['axe-core failed: ' + e]));");
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    /** Saves what the browser shows as target/screenshots/{name}.png, for docs/ssi.md. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary profile left behind
        }
    }
}
