package org.shouwang;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The headless Chromium of the browser journeys and benchmarks, set up once: the system's Chromium and
 * its driver (so Selenium never tries to download either), flags that let it run without a display or a
 * sandbox in a container, the page asked for in Chinese, a fresh profile of its own (deleted on
 * {@link #close}), and the console recorded for {@link BrowserConsole}.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final String BINARY = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    /** A phone's pixel ratio: the page is laid out in CSS pixels, as on a real phone of that width. */
    private static final double PHONE_PIXEL_RATIO = 3.0;
    private static final String PHONE_USER_AGENT = "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";

    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(String profileName, Dimension window, boolean phone) {
        try {
            profile = Files.createTempDirectory(profileName + "-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + window.getWidth() + "," + window.getHeight(), "--lang=zh-CN");
        if (phone) {
            // A touch screen without a mouse (no hover), a phone's user agent and viewport.
            options.setExperimentalOption("mobileEmulation", Map.of(
                    "deviceMetrics", Map.of("width", window.getWidth(), "height", window.getHeight(),
                            "pixelRatio", PHONE_PIXEL_RATIO, "touch", true, "mobile", true),
                    "userAgent", PHONE_USER_AGENT));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).build();
        try {
            driver = new ChromeDriver(service, BrowserConsole.recorded(options));
        } catch (RuntimeException e) {
            FileSystemUtils.deleteRecursively(profile.toFile());
            throw e;
        }
        if (!phone) {
            // The flag sets the outer window; this makes the page itself the size asked for.
            driver.manage().window().setSize(window);
        }
    }

    /**
     * A browser window of this size (a laptop: 1366×768); {@code profileName} names its temporary profile
     * directory, so that a left-over one says whose it was.
     */
    public static HeadlessChromium window(String profileName, int width, int height) {
        return new HeadlessChromium(profileName, new Dimension(width, height), false);
    }

    /** A phone of this size in CSS pixels (360×740), emulated: touch, no hover, a mobile user agent. */
    public static HeadlessChromium phone(String profileName, int width, int height) {
        return new HeadlessChromium(profileName, new Dimension(width, height), true);
    }

    /**
     * Ends a phone's emulation (until the next navigation, when the driver applies it again) and makes the
     * window this size: to look at the page as on a laptop after a phone's journey.
     */
    public void asWindow(int width, int height) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Quits the browser and deletes its profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
