package org.shouwang.planning.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouwang.HeadlessChromium;
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
// As ./mvnw spring-boot:run runs it (dev: the demo logins need no password change), on a database of its own.
@ActiveProfiles({"dev", "test"})
class PlannerBoardBrowserBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PlannerBoardBrowserBenchmark.class);
    private static final int RUNS = 5;

    /**
     * Resolves with the milliseconds from now until the board shows {@code posts} rows with chips: for the
     * lazy grid, when it holds that many rows, has loaded them and drawn chips; for a board of plain
     * elements, when that many post cells are in the page. Counts from {@code window.swClick} (set just
     * before a click) when there is one, else from the start of the page's navigation. Also says how much
     * of that the server's answers took: how many requests to the app ({@code ?v-r=}), the time from their
     * sending to their last byte added up, and when the last one ended; the rest is the browser's drawing.
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
                ? requestAnimationFrame(() => {
                    const answers = performance.getEntriesByType('resource')
                        .filter(e => e.startTime >= start && e.name.includes('v-r='));
                    done({ms: performance.now() - start,
                        requests: answers.length,
                        server: answers.reduce((sum, e) => sum + e.responseEnd - e.startTime, 0),
                        lastAnswer: answers.length ? Math.max(...answers.map(e => e.responseEnd)) - start : 0,
                        detail: answers.map(e => Math.round(e.startTime - start) + '+' + Math.round(e.responseStart - e.startTime)
                            + '+' + Math.round(e.responseEnd - e.responseStart) + 'ms/' + e.encodedBodySize + 'B').join(' '),
                        busy: window.swBusy || 0,
                        rows: document.getElementById('planner-board').shadowRoot
                            .querySelectorAll('#items tr:not([hidden])').length,
                        elements: document.getElementsByTagName('*').length,
                        height: document.getElementById('planner-board').scrollHeight});
                  })
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

    private HeadlessChromium chromium;
    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.window("board-benchmark", 1366, 768);
        driver = chromium.driver();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
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
            ((JavascriptExecutor) driver).executeScript(
                    "performance.clearResourceTimings(); window.swBusy = 0; if (!window.swObserver) {"
                    + " window.swObserver = new PerformanceObserver(l => l.getEntries().forEach(e => window.swBusy += e.duration));"
                    + " window.swObserver.observe({type: 'longtask'}); }"
                    // From the click as the page gets it: the driver's own steps before it are no part of it.
                    + " window.swClick = undefined; addEventListener('click', e => window.swClick = e.timeStamp,"
                    + " {capture: true, once: true});");
            Map<String, Double> before = metrics();
            all.click();
            Map<?, ?> shown = (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript(UNTIL_SHOWN, allPosts);
            Map<String, Double> after = metrics();
            // The first run warms up the server and the browser's cache.
            if (run > 0) {
                lines.add(String.format("run %d: one compound %.0f ms from navigation, all compounds "
                                + "%.0f ms from the click (%s answers of the server: %.0f ms, the last ended at %.0f ms), "
                                + "%s elements in the page, board %s px tall", run,
                        number(open, "ms"), number(shown, "ms"), shown.get("requests"), number(shown, "server"),
                        number(shown, "lastAnswer"), shown.get("elements"), shown.get("height"))
                        + " detail " + shown.get("detail") + " busy " + shown.get("busy") + " rows " + shown.get("rows")
                        + String.format(" script %.0f ms, layout %.0f ms, style %.0f ms, tasks %.0f ms",
                        1000 * (after.get("ScriptDuration") - before.get("ScriptDuration")),
                        1000 * (after.get("LayoutDuration") - before.get("LayoutDuration")),
                        1000 * (after.get("RecalcStyleDuration") - before.get("RecalcStyleDuration")),
                        1000 * (after.get("TaskDuration") - before.get("TaskDuration"))));
            }
        }
        assertThat(lines).hasSize(RUNS);
        log.info("Planner board of 上游社区, 7 days, {} seats, {} posts, in headless Chromium 1366×768:\n{}",
                board.seats().size(), allPosts, String.join("\n", lines));
    }

    /** The browser's own counters of its work so far: script, layout, style, all tasks (seconds). */
    @SuppressWarnings("unchecked")
    private Map<String, Double> metrics() {
        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) driver;
        chrome.executeCdpCommand("Performance.enable", Map.of());
        Map<String, Double> figures = new java.util.HashMap<>();
        ((List<Map<String, Object>>) chrome.executeCdpCommand("Performance.getMetrics", Map.of()).get("metrics"))
                .forEach(m -> figures.put((String) m.get("name"), ((Number) m.get("value")).doubleValue()));
        return figures;
    }

    private static double number(Map<?, ?> figures, String name) {
        return ((Number) figures.get(name)).doubleValue();
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
