package org.shouwang.planning.ui;

import org.shouwang.BrowserConsole;
import org.shouwang.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary's journey in a real browser: sign in, open the planner on the demo community, solve,
 * pin a seat, solve again, and find the pinned seat unchanged. Leaves a screenshot of the board in
 * {@code target/planner-board.png} for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:planner-journey;DB_CLOSE_DELAY=-1",
        "shouwang.demo-data=true",
        "optaplanner.solver.termination.spent-limit=5s"})
// As ./mvnw spring-boot:run runs it (dev: demo data and its documented logins), on a database of its own.
@ActiveProfiles({"dev", "test"})
class PlannerJourneyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @LocalServerPort
    int port;

    private HeadlessChromium chromium;
    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.window("planner-journey", 1366, 768);
        driver = chromium.driver();
    }

    @AfterEach
    void stopBrowser() {
        List<String> violations = List.of();
        if (chromium != null) {
            violations = BrowserConsole.policyViolations(driver);
            chromium.close();
        }
        assertThat(violations).as("Content-Security-Policy refusals in the browser console").isEmpty();
    }

    /**
     * Waits that look the element up again on every poll: the board is rebuilt whenever the roster
     * changes (a pin, a pushed solve result), so an element found a moment ago may be gone.
     */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private String attribute(By by, String name) {
        return driver.findElement(by).getAttribute(name);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void signInAsDemoSecretary() {
        driver.get(url("login"));
        WebElement form = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        waiting().until(d -> !form.findElements(By.cssSelector("input[name=username]")).isEmpty());
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(DemoLogin.USERNAME);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(DemoLogin.PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("login"));
    }

    /**
     * Clicks like a person; when the development-mode badge of the page happens to cover the element,
     * the click goes to the element itself.
     */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
        }
    }

    private String progress() {
        return driver.findElement(By.id("planner-status")).getText();
    }

    /** Clicks Solve and waits until the result is on the board. */
    private void solve() {
        By solve = By.id("planner-solve");
        waiting().until(d -> attribute(solve, "disabled") == null);
        click(driver.findElement(solve));
        waiting().until(d -> attribute(solve, "disabled") != null);
        try {
            waiting().until(d -> attribute(solve, "disabled") == null && progress().contains("排班完成"));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("planner-board-failed.png");
            throw new AssertionError("The solve did not finish on the page; progress shows: " + progress(), e);
        }
    }

    private Path screenshot(String name) {
        try {
            Path target = Path.of("target", name);
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_pinned_seat_is_unchanged_when_the_demo_community_is_solved_again() throws IOException {
        signInAsDemoSecretary();
        driver.get(url("planner"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#planner-board .sw-chip")));

        solve();
        String[] filled = waiting().until(d -> d.findElements(By.cssSelector("#planner-board .sw-chip:not(.sw-chip--empty)"))
                .stream().findFirst().map(chip -> new String[] {chip.getAttribute("id"), chip.getText()}).orElse(null));
        By seat = By.id(filled[0]);
        String holder = filled[1];
        waiting().until(d -> {
            click(d.findElement(seat));
            return true;
        });
        click(waiting().until(ExpectedConditions.elementToBeClickable(By.id("seat-pin"))));
        waiting().until(d -> attribute(seat, "class").contains("sw-chip--pinned"));

        solve();

        // Read text and class in one look at the chip, retried if the board is rebuilt in between.
        String[] again = waiting().until(d -> {
            WebElement chip = d.findElement(seat);
            return new String[] {chip.getText(), chip.getAttribute("class")};
        });
        assertThat(again[0]).isEqualTo(holder);
        assertThat(again[1]).contains("sw-chip--pinned");
        List<WebElement> chips = driver.findElements(By.cssSelector("#planner-board .sw-chip:not(.sw-chip--empty)"));
        assertThat(chips).hasSizeGreaterThan(1);

        assertThat(Files.size(screenshot("planner-board.png"))).isPositive();

        // The Why panel: every rule and match is readable, nothing cut off at the panel's edge.
        click(driver.findElement(By.id("planner-why-toggle")));
        WebElement why = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("planner-why")));
        waiting().until(d -> !why.findElements(By.tagName("vaadin-details")).isEmpty());
        why.findElements(By.tagName("vaadin-details")).forEach(details ->
                ((JavascriptExecutor) driver).executeScript("arguments[0].opened = true", details));
        Object clipped = ((JavascriptExecutor) driver).executeScript("""
                const panel = document.querySelector('.sw-side');
                const edge = panel.getBoundingClientRect().right + 1;
                return [...panel.querySelectorAll('vaadin-details-summary, .sw-match, h3, span')]
                    .filter(e => e.getClientRects().length > 0 && e.getBoundingClientRect().right > edge)
                    .map(e => e.textContent.trim()).slice(0, 5);""");
        assertThat((List<?>) clipped).as("texts of the Why panel reaching past its edge").isEmpty();
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript(
                "const p = document.querySelector('.sw-side'); return p.scrollWidth - p.clientWidth;")).intValue())
                .as("the Why panel never scrolls sideways").isLessThanOrEqualTo(0);
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript("""
                return Math.max(document.querySelector('.sw-side').getBoundingClientRect().bottom,
                        document.getElementById('planner-board').getBoundingClientRect().bottom) - innerHeight;"""))
                .intValue()).as("the panel and the board end inside the window, so they scroll to their last line")
                .isLessThanOrEqualTo(1);
        screenshot("planner-why.png");
    }

    /** The demo secretary of 上游社区 (see the README's "Demo logins"). */
    private static final class DemoLogin {
        static final String USERNAME = "shangyou";
        static final String PASSWORD = "shouwang-demo";
    }
}
