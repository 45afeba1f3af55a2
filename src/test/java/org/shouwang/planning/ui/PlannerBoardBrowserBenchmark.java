package org.shouwang.planning.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouwang.TestUsers;
import org.shouwang.roster.RosterWindow;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.RosterService;
import org.shouwang.solver.baseline.GreedyRoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the planner board of the demo community 上游社区 (230 volunteers, 7 days, filled as a solve
 * would) takes to show in headless Chromium at 1366×768: opening the planner (one compound), then choosing
 * "all compounds", each from the first moment to the board drawn with its chips (the next animation frame
 * after they are in the page). Not part of {@code ./mvnw verify}; run on request (BENCHMARKS.md):
 *
 * <pre>./mvnw -o -B test -Dtest=PlannerBoardBrowserBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:board-browser-benchmark;DB_CLOSE_DELAY=-1",
        "shouwang.demo-data=true"})
@ActiveProfiles("test")
class PlannerBoardBrowserBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PlannerBoardBrowserBenchmark.class);
    private static final int RUNS = 5;

    /**
     * Resolves with the milliseconds from now until the board shows {@code posts} rows with chips: for the
     * lazy grid, when it holds that many rows, has loaded them and drawn chips; for a board of plain
     * elements, when that many post cells are in the page. Counts from {@code window.swClick} (set just
     * before a click) when there is one, else from the start of the page's navigation.
     */
    private static final String UNTIL_SHOWN = """
            const posts = arguments[0], done = arguments[arguments.length - 1];
            const start = window.swClick || 0;
            const shown = () => {
              const board = document.getElementById('planner-board');
              if (!board) return false;
              const chips = board.querySelectorAll('.sw-chip').length;
              if (board.localName === 'vaadin-grid') {
                return board.size === posts && !board.loading && chips > 0;
              }
              return board.querySelectorAll('.sw-board__post').length === posts && chips > 0;
            };
            const poll = () => shown()
                ? requestAnimationFrame(() => done({ms: performance.now() - start,
                    elements: document.getElementsByTagName('*').length,
                    height: document.getElementById('planner-board').scrollHeight}))
                : setTimeout(poll, 5);
            poll();""";

    @LocalServerPort
    int port;
    @Autowired
    RosterService rosters;
    @Autowired
    CommunityRepository communities;
    @Autowired
    Clock clock;

    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("board-benchmark-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=zh-CN");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        FileSystemUtils.deleteRecursively(profile);
    }

    @Test
    void measure_the_board_in_the_browser() {
        Community upstream = communities.findByName("上游社区").orElseThrow();
        TestUsers.signIn(Roles.SECRETARY, upstream.getId(), null);
        // The planner opens the community's latest roster: this week from today, filled as a solve would.
        LocalDate today = LocalDate.now(clock);
        RosterWindow rosterId = rosters.open(upstream.getId(), today, today.plusDays(PlannerView.DEFAULT_DAYS - 1)).orElseThrow();
        RosterService.SolveInput input = rosters.solverInput(rosterId);
        rosters.applySolverResult(input, GreedyRoster.solve(input.document()));
        RosterBoard board = rosters.board(rosterId);
        int allPosts = board.compounds().stream().mapToInt(c -> c.posts().size()).sum();
        int firstPosts = board.compounds().get(0).posts().size();
        TestUsers.signOut();

        signIn();
        List<String> lines = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            driver.get("http://localhost:" + port + "/planner");
            Map<?, ?> open;
            try {
                open = (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript(UNTIL_SHOWN, firstPosts);
            } catch (org.openqa.selenium.ScriptTimeoutException e) {
                throw new AssertionError("the board did not show " + firstPosts + " posts: " + ((JavascriptExecutor) driver)
                        .executeScript("""
                                const b = document.getElementById('planner-board');
                                return b ? b.localName + ' size=' + b.size + ' loading=' + b.loading + ' chips='
                                    + b.querySelectorAll('.sw-chip').length + ' cells='
                                    + b.querySelectorAll('vaadin-grid-cell-content').length + ' html='
                                    + [...b.querySelectorAll('vaadin-grid-cell-content')].map(c => c.innerHTML)
                                        .join('|').slice(0, 1500) : document.body.innerHTML.slice(0, 1500);""")
                        + " console: " + driver.manage().logs().get("browser").getAll(), e);
            }
            WebElement select = new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.elementToBeClickable(By.id("planner-compound")));
            select.click();
            WebElement all = new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector("vaadin-select-list-box vaadin-select-item")));
            ((JavascriptExecutor) driver).executeScript("window.swClick = performance.now()");
            all.click();
            Map<?, ?> shown = (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript(UNTIL_SHOWN, allPosts);
            // The first run warms up the server and the browser's cache.
            if (run > 0) {
                lines.add(String.format("run %d: one compound %.0f ms from navigation, all compounds "
                                + "%.0f ms from the click, %s elements in the page, board %s px tall", run,
                        ((Number) open.get("ms")).doubleValue(), ((Number) shown.get("ms")).doubleValue(),
                        shown.get("elements"), shown.get("height")));
            }
        }
        assertThat(lines).hasSize(RUNS);
        log.info("Planner board of 上游社区, 7 days, {} seats, {} posts, in headless Chromium 1366×768:\n{}",
                board.seats().size(), allPosts, String.join("\n", lines));
    }

    private void signIn() {
        driver.get("http://localhost:" + port + "/login");
        WebElement form = new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> !form.findElements(By.cssSelector("input[name=username]")).isEmpty());
        form.findElement(By.cssSelector("input[name=username]")).sendKeys("shangyou");
        form.findElement(By.cssSelector("input[name=password]")).sendKeys("shouwang-demo");
        form.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().contains("login"));
    }
}
