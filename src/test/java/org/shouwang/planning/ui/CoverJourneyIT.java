package org.shouwang.planning.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouwang.BrowserConsole;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.duty.DutyService;
import org.shouwang.volunteer.Absence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary's re-plan in a real browser, from the sign-in page: solve and publish the demo
 * community's week, a volunteer with duties in the next two days reports sick for them, the secretary
 * covers one seat from the cover list with one tap, solves again (the page says how many seats had to
 * change), and the publish dialog lists only the seats that had to change, all of them the sick
 * volunteer's. Leaves {@code target/cover-list.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:cover-journey;DB_CLOSE_DELAY=-1",
        "shouwang.demo-data=true",
        "optaplanner.solver.termination.spent-limit=5s"})
// As ./mvnw spring-boot:run runs it (dev: demo data and its documented logins), on a database of its own.
@ActiveProfiles({"dev", "test"})
class CoverJourneyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DutyService duties;
    @Autowired
    Clock clock;

    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("cover-journey-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, BrowserConsole.recorded(options));
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        List<String> violations = List.of();
        if (driver != null) {
            violations = BrowserConsole.policyViolations(driver);
            driver.quit();
        }
        FileSystemUtils.deleteRecursively(profile);
        TestUsers.signOut();
        assertThat(violations).as("Content-Security-Policy refusals in the browser console").isEmpty();
    }

    /** Waits that look the element up again on every poll: the page redraws parts when the roster changes. */
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

    /** Clicks like a person; when the development-mode badge covers the element, the click goes to it directly. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
        }
    }

    private String status() {
        return driver.findElement(By.id("planner-status")).getText();
    }

    /** Clicks Solve and waits until the result is on the board. */
    private void solve() {
        By solve = By.id("planner-solve");
        waiting().until(d -> attribute(solve, "disabled") == null);
        click(driver.findElement(solve));
        waiting().until(d -> attribute(solve, "disabled") != null);
        try {
            waiting().until(d -> attribute(solve, "disabled") == null && status().contains("排班完成"));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("cover-journey-failed.png");
            throw new AssertionError("The solve did not finish on the page; it shows: " + status(), e);
        }
    }

    /** Opens the publish dialog and gives the texts of its diff's cells, row by row (before is the 4th). */
    private List<List<String>> openPublishDialog() {
        click(waiting().until(ExpectedConditions.elementToBeClickable(By.id("publish-open"))));
        WebElement grid = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("publish-diff")));
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) waiting().until(d -> {
            Object cells = ((JavascriptExecutor) d).executeScript("""
                    const grid = arguments[0];
                    const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                        .filter(tr => !tr.hidden && tr.getAttribute('aria-hidden') !== 'true');
                    return rows.map(tr => [...tr.querySelectorAll('td slot')]
                        .map(slot => slot.assignedNodes().map(n => n.textContent).join('').trim()));""", grid);
            List<?> list = (List<?>) cells;
            return list.isEmpty() || ((List<?>) list.get(0)).isEmpty() || ((List<?>) list.get(0)).get(0).toString().isEmpty()
                    ? null : list;
        });
        return rows;
    }

    private void screenshot(String name) {
        try {
            Path target = Path.of("target", name);
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_seat_is_covered_from_the_list_and_the_re_plan_publishes_only_what_had_to_change() {
        driver.get(url("login"));
        WebElement form = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        waiting().until(d -> !form.findElements(By.cssSelector("input[name=username]")).isEmpty());
        form.findElement(By.cssSelector("input[name=username]")).sendKeys("shangyou");
        form.findElement(By.cssSelector("input[name=password]")).sendKeys("shouwang-demo");
        form.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("login"));

        // Solve and publish the week from today.
        driver.get(url("planner"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#planner-board .sw-chip")));
        solve();
        openPublishDialog();
        click(driver.findElement(By.id("publish-confirm")));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("publish-diff")));

        // Someone with two duties or more in the next two days reports sick for them (on their phone; here
        // through the service).
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        Map<String, Object> busy = jdbc.queryForMap("""
                select a.published_volunteer_id, c.id as community_id, count(*) as duties from assignment a
                join roster r on r.id = a.roster_id join community c on c.id = r.community_id
                where c.name = '上游社区' and a.published_volunteer_id is not null and a.starts_at >= ? and a.starts_at < ?
                group by a.published_volunteer_id, c.id having count(*) >= 2
                order by count(*) desc, a.published_volunteer_id fetch first 1 rows only""",
                Timestamp.valueOf(tomorrow.atStartOfDay()), Timestamp.valueOf(tomorrow.plusDays(2).atStartOfDay()));
        long sickId = ((Number) busy.get("published_volunteer_id")).longValue();
        Map<String, Object> duty = jdbc.queryForMap("""
                select a.id, v.name from assignment a join volunteer v on v.id = a.published_volunteer_id
                where a.published_volunteer_id = ? and a.starts_at >= ? order by a.starts_at fetch first 1 rows only""",
                sickId, Timestamp.valueOf(tomorrow.atStartOfDay()));
        long seat = ((Number) duty.get("id")).longValue();
        String sick = (String) duty.get("name");
        TestUsers.signIn(Roles.VOLUNTEER, ((Number) busy.get("community_id")).longValue(), sickId);
        duties.reportAbsence(tomorrow, tomorrow.plusDays(1), Absence.Reason.SICK, null);
        TestUsers.signOut();

        // The cover list shows the seat with its candidates as buttons; one tap covers it.
        driver.navigate().refresh();
        By entry = By.id("cover-entry-" + seat);
        WebElement covering = waiting().until(ExpectedConditions.visibilityOfElementLocated(entry));
        assertThat(covering.getText()).contains(sick, "生病");
        screenshot("cover-list.png");
        WebElement candidate = waiting().until(d -> d.findElement(entry).findElements(By.tagName("vaadin-button"))
                .stream().findFirst().orElse(null));
        String coveredBy = candidate.getText().replace(" · 本小区", "");
        click(candidate);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(entry));
        // The seat may lie in a compound the board does not show (the list covers all of them): its draft has it.
        waiting().until(d -> coveredBy.equals(jdbc.query("""
                select v.name from assignment a join volunteer v on v.id = a.volunteer_id where a.id = ?""",
                (rs, i) -> rs.getString(1), seat).stream().findFirst().orElse(null)));

        // Solve again: the page says how much had to change (the sick volunteer's other duties).
        solve();
        java.util.regex.Matcher figures = java.util.regex.Pattern.compile("(\\d+) 个岗位必须调整；共调整了 (\\d+) 个")
                .matcher(status());
        assertThat(figures.find()).as(status()).isTrue();
        assertThat(Integer.parseInt(figures.group(1))).isPositive();

        // Publishing lists only the seats that had to change: all of them the sick volunteer's.
        List<List<String>> diff = openPublishDialog();
        assertThat(diff).isNotEmpty().allSatisfy(row -> assertThat(row.get(3)).isEqualTo(sick));
        assertThat(diff).anySatisfy(row -> assertThat(row.get(4)).isEqualTo(coveredBy));
        screenshot("cover-publish.png");
    }
}
