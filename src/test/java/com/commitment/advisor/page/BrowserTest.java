package com.commitment.advisor.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.commitment.advisor.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium on the page of the running service, signed in as the test rep through the real sign-in
 * form; skipped, with the reason, where Debian's chromium and chromium-driver are not installed (.ci/run installs
 * them). After each test the browser's console must hold no Content-Security-Policy violation. Screenshots go to
 * target/page-screenshots/.
 */
abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/page-screenshots");
    static ChromeDriver browser;
    private static Path profile;

    @LocalServerPort
    int port;

    WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "no Chromium here: install Debian's chromium and chromium-driver (.ci/run does) to run the page test");
        profile = Files.createTempDirectory("chromium-profile");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1200,2200", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /**
     * The page, signed in as the test rep: through the sign-in form when the browser lands there (the browser is
     * shared by the tests of a class, so it may be signed in already), with the language choice forgotten.
     */
    @BeforeEach
    void openPage() {
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // the advice list is redrawn when the language changes or feedback is given
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(base() + "/");
        if (onSignInForm()) {
            signIn(TestUsers.REP, TestUsers.PASSWORD);
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .withMessage(() -> "signing in as " + TestUsers.REP + " landed on " + browser.getCurrentUrl()
                            + ": " + browser.findElement(By.tagName("body")).getText())
                    .until(d -> d.getCurrentUrl().equals(base() + "/"));
        }
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.id("user-name")).getText().equals(TestUsers.REP));
    }

    /** Whatever the test did, the page broke none of its Content-Security-Policy (no inline script or style). */
    @AfterEach
    void noContentSecurityPolicyViolations() {
        if (browser != null) {
            assertThat(contentSecurityPolicyViolations()).as("the browser's console").isEmpty();
        }
    }

    /** The Content-Security-Policy messages of the browser's console since the last call (reading empties it). */
    static List<String> contentSecurityPolicyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    String base() {
        return "http://localhost:" + port;
    }

    boolean onSignInForm() {
        return browser.getCurrentUrl().startsWith(base() + "/login.html");
    }

    /** Types into the real sign-in form and sends it, as a person would. */
    void signIn(String user, String password) {
        wait.until(d -> onSignInForm());
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("#sign-in button[type='submit']")).click();
    }

    List<String> codes() {
        return browser.findElements(By.cssSelector("#recommendations li[data-code]")).stream()
                .map(e -> e.getDomAttribute("data-code")).toList();
    }

    void screenshot(String name, By part) throws Exception {
        Path file = SHOTS.resolve(name + ".png");
        Files.write(file, browser.findElement(part).getScreenshotAs(OutputType.BYTES));
        System.out.println("page screenshot: " + file.toAbsolutePath());
    }
}
