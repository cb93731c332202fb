package kyodo.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Headless Debian Chromium driven by Selenium, with an axe-core scan (wcag2a, wcag2aa, and the best-practice
 * rule heading-order: headings never skip a level).
 * Where Chromium is missing the test is skipped with a message, unless CI=true, where it fails.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** Best-practice rules checked besides WCAG A and AA. */
    private static final List<String> BEST_PRACTICE_RULES = List.of("heading-order");

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** Opens a browser for the app at {@code base}; skips (or fails on CI) without Chromium. */
    public static Browser open(java.net.URL base) {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true but Chromium/ChromeDriver are missing: apt-get install chromium chromium-driver");
            }
            Assumptions.assumeTrue(false, "Browser test skipped: install Debian's chromium and chromium-driver to run it");
        }
        try {
            Path profile = Files.createTempDirectory("kyodo-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=ja");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            String url = base.toString();
            return new Browser(driver, url.endsWith("/") ? url.substring(0, url.length() - 1) : url, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement element = find(css);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /**
     * Clicks, and when the click loads a new page (a link, a form's submit button) waits for it,
     * so that what the test reads next is the new page.
     */
    public Browser click(String css) {
        WebElement page = find("html");
        for (int attempt = 1; ; attempt++) {
            try {
                find(css).click();
                break;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium may hand out a node of a document that is being replaced (after a resize, say): find it again.
                if (!replaced(e) || attempt == 3) {
                    throw e;
                }
            }
        }
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> {
                try {
                    page.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException e) {
                    if (replaced(e)) {
                        return true;
                    }
                    throw e;
                }
            });
        } catch (org.openqa.selenium.TimeoutException stayedOnThePage) {
            // a click that changes the page in place (a radio button, a details toggle)
        }
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /** Chromium reports an element of a replaced page as stale, or as a node that "does not belong to the document". */
    private static boolean replaced(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** The page's text; read again if the page was replaced while reading. */
    public String text() {
        for (int attempt = 1; ; attempt++) {
            try {
                return find("body").getText();
            } catch (org.openqa.selenium.WebDriverException e) {
                if (!replaced(e) || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public Browser logIn(String email, String password) {
        go("/login");
        type("#email", email).type("#password", password);
        // click() waits for the page after the login, so the next step runs signed in.
        return click("form[action='/login'] button[type=submit]");
    }

    public Browser phone() {
        driver.manage().window().setSize(new Dimension(360, 800));
        return this;
    }

    public Browser desktop() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return this;
    }

    /**
     * Runs axe-core (WCAG 2.0 A and AA, and heading-order) on the current page at desktop width (1280 px) and at phone
     * width (360 px), and fails with each violation listed; the window keeps the width it had.
     */
    public Browser assertAccessible() {
        Dimension size = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(1280, 1000));
            scan("1280 px");
            driver.manage().window().setSize(new Dimension(360, 800));
            scan("360 px");
        } finally {
            driver.manage().window().setSize(size);
        }
        return this;
    }

    private void scan(String width) {
        // Legacy mode scans the page where it is; the default opens about:blank in a new window with a
        // one-second load limit (for cross-origin frames, which these pages have none of), and that flakes on a busy machine.
        // withRules enables the named rules besides the tagged ones (axe: a rule's own setting wins over runOnly tags).
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).withRules(BEST_PRACTICE_RULES)
                .setLegacyMode(true).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            String report = violations.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " → "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n  "));
            throw new AssertionError("axe-core found " + violations.size() + " violation(s) at " + width + " on "
                    + driver.getCurrentUrl() + ":\n  " + report);
        }
    }

    /** Saves a screenshot under target/screenshots, for looking at what a test saw. */
    public Browser screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
