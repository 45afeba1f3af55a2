package org.shouwang.duty.ui;

import org.shouwang.BrowserConsole;
import org.shouwang.HeadlessChromium;
import org.shouwang.PhoneGestures;
import org.shouwang.roster.RosterWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.roster.Assignment;
import org.shouwang.duty.DutyFixture;
import org.shouwang.publish.PublishingService;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser the size of a phone: a volunteer signs in, sees the next duty, reports sickness;
 * then the secretary signs in and finds that seat flagged on the planner board.
 */
// Without the development tools' pop-up, which would cover the buttons of a phone-size window.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class VolunteerPhoneJourneyIT {

    private static final String PASSWORD = "Journey-Pass-2020";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext ctx;
    @Autowired
    PublishingService publishing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Clock clock;

    HeadlessChromium chromium;
    WebDriver browser;
    DutyFixture data;
    Volunteer wang;
    Assignment wangSeat;
    String secretary;

    @BeforeEach
    void setUp() {
        data = new DutyFixture(ctx);
        Volunteer lead = data.volunteer("张组长", "13800000009", "LEAD");
        wang = data.volunteer("王芳", String.format("139%08d", data.community.getId()));
        Volunteer li = data.volunteer("李强", "13800000002");
        data.volunteer("赵敏", "13800000003");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        RosterWindow roster = data.window(tomorrow, tomorrow);
        data.demand(data.gate, LocalTime.of(7, 0), LocalTime.of(11, 0), 3, "LEAD");
        data.seat(roster, data.gate, tomorrow.atTime(7, 0), 4, 0, "LEAD", lead);
        wangSeat = data.seat(roster, data.gate, tomorrow.atTime(7, 0), 4, 1, null, wang);
        data.seat(roster, data.gate, tomorrow.atTime(7, 0), 4, 2, null, li);
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        publishing.publish(roster);
        TestUsers.signOut();

        secretary = "journey-secretary-" + data.community.getId();
        account(wang.getPhone(), Roles.VOLUNTEER, wang.getId());
        account(secretary, Roles.SECRETARY, null);

        chromium = HeadlessChromium.phone("volunteer-phone-journey", 360, 740);
        browser = chromium.driver();
    }

    @AfterEach
    void tearDown() {
        List<String> violations = List.of();
        if (chromium != null) {
            violations = BrowserConsole.policyViolations(browser);
            chromium.close();
        }
        assertThat(violations).as("Content-Security-Policy refusals in the browser console").isEmpty();
    }

    /** An account with its own password (no change needed), as after the first sign-in. */
    private void account(String username, String role, Long volunteerId) {
        jdbc.update("""
                        insert into account (version, username, password_hash, role, community_id, volunteer_id,
                                             must_change_password, failed_attempts)
                        values (0, ?, ?, ?, ?, ?, false, 0)""",
                username, passwords.encode(PASSWORD), role, data.community.getId(), volunteerId);
    }

    @Test
    void a_volunteer_reports_sickness_on_the_phone_and_the_secretary_sees_the_seat_flagged() throws IOException {
        WebDriverWait wait = PhoneGestures.waiting(browser, WAIT);

        open("/my");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        screenshot("volunteer-sign-in.png");
        assertNothingSticksOutOfThePhone();
        signIn(wait, wang.getPhone());
        By next = By.id("duty-next");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(next, "北门"));
        String card = wait.until(d -> d.findElement(next).getText());
        assertThat(card).contains("07:00–11:00").contains("张组长").contains("13800000009");
        screenshot("volunteer-next-duty.png");
        assertNothingSticksOutOfThePhone();

        click(wait, By.id("duty-report-leave"));
        WebElement first = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("leave-first")));
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();
        setDate(first, tomorrow);
        setDate(browser.findElement(By.id("leave-last")), tomorrow);
        click(wait, By.id("leave-save"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-notification-card")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("leave-save")));
        screenshot("volunteer-leave-reported.png");

        browser.manage().deleteAllCookies();
        open("/planner");
        signIn(wait, secretary);
        By flag = By.id("cover-flag-" + wangSeat.getId());
        String title = wait.until(d -> d.findElement(flag).getAttribute("title"));
        assertThat(title).contains("王芳").contains("赵敏");
        chromium.asWindow(1366, 768);
        screenshot("secretary-cover-flag.png");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(WebDriverWait wait, String username) {
        PhoneGestures.signIn(browser, wait, username, PASSWORD);
    }

    private void click(WebDriverWait wait, By by) {
        PhoneGestures.click(browser, wait, by);
    }

    private void setDate(WebElement picker, String isoDate) {
        PhoneGestures.setDate(browser, picker, isoDate);
    }

    private void assertNothingSticksOutOfThePhone() {
        PhoneGestures.assertNothingSticksOutOfThePhone(browser);
    }

    private void screenshot(String name) throws IOException {
        PhoneGestures.screenshot(browser, name);
    }
}
