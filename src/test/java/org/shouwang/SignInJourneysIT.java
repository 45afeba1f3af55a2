package org.shouwang;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouwang.base.Roles;
import org.shouwang.roster.RosterWindow;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.exchange.PlanExportService;
import org.shouwang.plan.PlanJson;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.publish.PublishingService;
import org.shouwang.community.Post;
import org.shouwang.community.PostRepository;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.AssignmentRepository;
import org.shouwang.roster.Roster;
import org.shouwang.roster.RosterRepository;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys that start on the sign-in page with the documented demo logins, in one browser and one
 * Spring context: a volunteer on a phone lands on their duties; a secretary replaces the community
 * with an import and is warned about what would be lost before anything changes; a new one-time
 * password prints as the list alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sign-in-journeys;DB_CLOSE_DELAY=-1",
        "shouwang.demo-data=true",
        // Without the development tools' pop-up, which would cover the buttons of a phone-size window.
        "vaadin.devmode.devTools.enabled=false"})
// As ./mvnw spring-boot:run runs it (dev: demo data and its documented logins), on a database of its own.
@ActiveProfiles({"dev", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInJourneysIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** The documented demo logins (README, "Demo logins"). */
    private static final String PASSWORD = "shouwang-demo";
    private static final String DEMO_VOLUNTEER = "13676422471";
    private static final String DEMO_SECRETARY = "jinguanyi";
    private static final String SECRETARYS_COMMUNITY = "锦官驿社区";

    @LocalServerPort
    int port;
    @Autowired
    CommunityRepository communities;
    @Autowired
    VolunteerRepository volunteers;
    @Autowired
    PlanExportService exporter;
    @Autowired
    PublishingService publishing;
    @Autowired
    PostRepository posts;
    @Autowired
    RosterRepository rosters;
    @Autowired
    AssignmentRepository assignments;
    @Autowired
    Clock clock;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeAll
    void startBrowser() {
        chromium = HeadlessChromium.window("sign-in-journeys", 1366, 768);
        browser = chromium.driver();
    }

    @BeforeEach
    void signedOut() {
        // The same browser for every journey: each starts signed out, on a blank page.
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void noPolicyRefusals() {
        assertThat(BrowserConsole.policyViolations(browser))
                .as("Content-Security-Policy refusals in the browser console").isEmpty();
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void a_volunteer_signs_in_on_a_phone_and_lands_on_their_duties() {
        long upstream = communities.findByName("上游社区").orElseThrow().getId();
        publishDutyOf(upstream, DEMO_VOLUNTEER);
        browser.manage().window().setSize(new Dimension(360, 740));

        browser.get(url("login"));
        // The eye button beside the password is named for screen readers in Chinese, not Vaadin's "Show password".
        String reveal = waiting().until(d -> (String) ((JavascriptExecutor) d).executeScript("""
                const button = document.querySelector('#login-form vaadin-password-field [slot=reveal]');
                const label = button && button.getAttribute('aria-label');
                return label === 'Show password' ? null : label;"""));
        assertThat(reveal).isEqualTo("显示密码");
        signIn(DEMO_VOLUNTEER);

        waiting().until(d -> d.getCurrentUrl().endsWith("/my"));
        String next = waiting().until(d -> {
            List<WebElement> cards = d.findElements(By.id("duty-next"));
            return cards.isEmpty() || cards.get(0).getText().isBlank() ? null : cards.get(0).getText();
        });
        assertThat(next).as("the next duty with its hours").contains("07:00–11:00");
        assertThat(browser.findElement(By.id("duty-upcoming")).isDisplayed()).isTrue();
        assertThat(browser.getPageSource()).doesNotContain("Could not navigate");
        screenshot("volunteer-lands-on-my.png");
    }

    @Test
    void a_secretary_replacing_the_community_sees_what_would_be_lost_before_anything_changes() throws IOException {
        Community community = communities.findByName(SECRETARYS_COMMUNITY).orElseThrow();
        Path export = exportOf(community.getId());
        // Someone added after the export: the replacement would remove them.
        Volunteer added = volunteers.save(new Volunteer(community, "J-JOURNEY", "后来的志愿者", VolunteerRole.VOLUNTEER));
        browser.manage().window().setSize(new Dimension(1366, 768));

        signIn(DEMO_SECRETARY);
        waiting().until(d -> !d.getCurrentUrl().contains("login"));
        browser.get(url("exchange"));
        WebElement replace = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-checkbox")));
        replace.click();
        waiting().until(d -> replace.getAttribute("checked") != null);

        upload(export);
        WebElement summary = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("exchange-replace-summary")));
        assertThat(summary.getText()).contains(added.getName());
        screenshot("secretary-replace-warning.png");
        assertThat(volunteers.findById(added.getId())).as("nothing changes before the confirm").isPresent();

        clickDialogButton("cancel-button");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("exchange-outcome"), "已取消替换"));
        assertThat(volunteers.findById(added.getId())).as("nothing changes on cancel").isPresent();

        upload(export);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("exchange-replace-summary")));
        clickDialogButton("confirm-button");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("exchange-outcome"), "已导入"));
        assertThat(volunteers.findById(added.getId())).as("replaced by the file").isEmpty();
        assertThat(volunteers.findByCommunityIdOrderByCode(community.getId())).isNotEmpty();
    }

    @Test
    void a_new_one_time_password_prints_as_the_list_alone() {
        browser.manage().window().setSize(new Dimension(1366, 768));
        signIn("shangyou");
        waiting().until(d -> !d.getCurrentUrl().contains("login"));
        browser.get(url("accounts"));
        WebElement create = waiting().until(d -> d.findElements(By.cssSelector("vaadin-button[id^=create-]:not([disabled])"))
                .stream().filter(b -> !"create-all-accounts".equals(b.getAttribute("id"))).findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", create);
        WebElement list = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-list")));
        assertThat(list.getText()).containsPattern("1\\d{10}");

        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(list.isDisplayed()).as("the list prints").isTrue();
            assertThat(browser.findElement(By.id("sign-in-address")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("sign-in-list-print")).isDisplayed()).as("buttons do not print").isFalse();
            assertThat(browser.findElement(By.id("accounts-grid")).isDisplayed()).as("the page behind does not print").isFalse();
            screenshot("accounts-print.png");
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void a_secretary_makes_an_api_token_another_system_reads_the_roster_with_it_and_the_api_page_shows_the_calls()
            throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 768));
        signIn(DEMO_SECRETARY);
        waiting().until(d -> !d.getCurrentUrl().contains("login"));
        browser.get(url("accounts"));
        WebElement name = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#api-token-name input")));
        // Tab leaves the field, which sends its value (as a person moving on to the button would).
        name.sendKeys("街道看板", org.openqa.selenium.Keys.TAB);
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", browser.findElement(By.id("api-token-create")));
        String token = waiting().until(d -> d.findElements(By.cssSelector("#api-token-secret input")).stream()
                .map(input -> input.getDomProperty("value")).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null));
        String address = browser.findElement(By.id("api-address")).getText();
        screenshot("api-token.png");

        String api = address.substring(address.indexOf("http"));
        java.net.http.HttpResponse<String> roster = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(api + "/roster?from=2020-02-03&to=2020-02-09"))
                        .header("Authorization", "Bearer " + token).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(roster.statusCode()).as(roster.body()).isEqualTo(200);
        assertThat(roster.body()).contains("\"seats\"");

        browser.get(url("api/docs"));
        List<WebElement> operations = waiting().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".opblock"));
            return found.size() >= 6 ? found : null;
        });
        assertThat(operations).hasSize(6);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("/api/v1/communities/{communityId}/roster");
        screenshot("api-docs.png");
    }

    private Path exportOf(long communityId) throws IOException {
        TestUsers.signIn(Roles.SECRETARY, communityId, null);
        try {
            LocalDate today = LocalDate.now(clock);
            String json = PlanJson.write(exporter.export(communityId, today, today.plusDays(13)));
            Path file = Files.createTempFile("shouwang-export-", ".json");
            file.toFile().deleteOnExit();
            return Files.writeString(file, json, StandardCharsets.UTF_8);
        } finally {
            TestUsers.signOut();
        }
    }

    /**
     * The demo data has no roster until the secretary plans one: one seat of the demo volunteer tomorrow,
     * published as the secretary would.
     */
    private void publishDutyOf(long communityId, String phone) {
        Volunteer volunteer = volunteers.findByCommunityIdOrderByCode(communityId).stream()
                .filter(v -> v.getPhone() != null && v.getPhone().replaceAll("[ -]", "").equals(phone))
                .findFirst().orElseThrow();
        Post post = posts.findByCompoundCommunityIdOrderByCode(communityId).get(0);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        Roster roster = rosters.findByCommunityId(communityId)
                .orElseGet(() -> rosters.save(new Roster(communities.findById(communityId).orElseThrow())));
        Assignment seat = new Assignment(roster, post, tomorrow.atTime(7, 0), tomorrow.atTime(11, 0), 0, null);
        seat.setVolunteer(volunteer);
        assignments.save(seat);
        TestUsers.signIn(Roles.SECRETARY, communityId, null);
        try {
            publishing.publish(new RosterWindow(roster.getId(), communityId, tomorrow, tomorrow));
        } finally {
            TestUsers.signOut();
        }
    }

    private void signIn(String username) {
        browser.get(url("login"));
        WebElement form = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        waiting().until(d -> !form.findElements(By.cssSelector("input[name=username]")).isEmpty());
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(username);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-button")).click();
    }

    /** Hands the file to the upload's file input, as choosing it in the file dialog would. */
    private void upload(Path file) {
        WebElement input = waiting().until(d -> d.findElement(By.id("exchange-upload")).getShadowRoot()
                .findElement(By.cssSelector("input[type=file]")));
        // The same file again is no change unless the input forgets the last one.
        ((JavascriptExecutor) browser).executeScript("arguments[0].hidden = false; arguments[0].value = '';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * The confirm dialog's own cancel or confirm button; looked up again while the previous dialog is
     * still being taken away or the new one is still opening.
     */
    private void clickDialogButton(String slot) {
        WebDriverWait wait = waiting();
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class);
        wait.until(d -> {
            WebElement button = d.findElements(By.cssSelector("vaadin-button[slot=" + slot + "]")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (button == null) {
                return false;
            }
            button.click();
            return true;
        });
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
