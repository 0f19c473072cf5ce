package com.commitment.advisor.page;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium on the page of the running service; skipped, with the reason, where Debian's chromium
 * and chromium-driver are not installed (.ci/run installs them). Screenshots go to target/page-screenshots/.
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
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1200,2200", "--user-data-dir=" + profile);
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

    @BeforeEach
    void openPage() {
        browser.get("http://localhost:" + port + "/");
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // the advice list is redrawn when the language changes or feedback is given
        wait.ignoring(StaleElementReferenceException.class);
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
