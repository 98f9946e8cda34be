package uk.dsp.inventory.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
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

    /** Waits until the browser has left the page it was on (a form's post answered by a redirect, say). */
    public void awaitUrlWithout(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains(part));
    }

    /** Waits until the element shows the text (the page after a form's post, say). */
    public void awaitText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
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
