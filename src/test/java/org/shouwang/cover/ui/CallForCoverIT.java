package org.shouwang.cover.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouwang.BrowserConsole;
import org.shouwang.HeadlessChromium;
import org.shouwang.PhoneGestures;
import org.shouwang.base.Roles;
import org.shouwang.cover.CoverFixture;
import org.shouwang.roster.Assignment;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.PhoneGestures.assertNothingSticksOutOfThePhone;
import static org.shouwang.PhoneGestures.click;
import static org.shouwang.PhoneGestures.screenshot;
import static org.shouwang.PhoneGestures.setDate;

/**
 * Call for cover in real browsers the size of a phone: 王芳 reports sickness, her seat is offered at once
 * (the community offers such seats automatically); 李强, signed in on another phone, sees it arrive by push
 * and takes it; the secretary's board shows the seat taken, with his name.
 */
// Without the development tools' pop-up, which would cover the buttons of a phone-size window.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
class CallForCoverIT {

    private static final String PASSWORD = "Journey-Pass-2020";
    /** Generous: two browsers and the app share a small, busy machine, and the board is built in dev mode. */
    private static final Duration WAIT = Duration.ofSeconds(120);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext ctx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    private final List<HeadlessChromium> phones = new ArrayList<>();
    CoverFixture f;
    Volunteer wang;
    Volunteer li;
    Assignment wangSeat;
    String secretary;

    @BeforeEach
    void setUp() {
        f = new CoverFixture(ctx);
        wang = f.data.volunteer("王芳", String.format("139%08d", f.communityId()));
        li = f.data.volunteer("李强", String.format("137%08d", f.communityId()));
        wangSeat = f.seat(f.north, 0, wang);
        f.settings(true, 12);
        f.publish();
        org.shouwang.TestUsers.signOut();

        secretary = "cover-secretary-" + f.communityId();
        account(wang.getPhone(), Roles.VOLUNTEER, wang.getId());
        account(li.getPhone(), Roles.VOLUNTEER, li.getId());
        account(secretary, Roles.SECRETARY, null);
    }

    @AfterEach
    void tearDown() {
        List<String> violations = new ArrayList<>();
        for (HeadlessChromium phone : phones) {
            violations.addAll(BrowserConsole.policyViolations(phone.driver()));
            phone.close();
        }
        assertThat(violations).as("Content-Security-Policy refusals in the browser console").isEmpty();
    }

    /** A phone of its own (its own cookies): an emulated 360 px touch screen. */
    private HeadlessChromium phone(String name) {
        HeadlessChromium phone = HeadlessChromium.phone(name, 360, 740);
        phones.add(phone);
        return phone;
    }

    /** An account with its own password (no change needed), as after the first sign-in. */
    private void account(String username, String role, Long volunteerId) {
        jdbc.update("""
                        insert into account (version, username, password_hash, role, community_id, volunteer_id,
                                             must_change_password, failed_attempts)
                        values (0, ?, ?, ?, ?, ?, false, 0)""",
                username, passwords.encode(PASSWORD), role, f.communityId(), volunteerId);
    }

    @Test
    void a_seat_emptied_by_sickness_is_offered_taken_on_another_phone_and_shown_taken_to_the_secretary()
            throws IOException {
        // 李强 waits on his phone, signed in on My duties: nothing to take yet.
        WebDriver liPhone = phone("cover-li").driver();
        WebDriverWait liWait = waiting(liPhone);
        open(liPhone, "/my");
        signIn(liPhone, liWait, li.getPhone());
        liWait.until(ExpectedConditions.presenceOfElementLocated(By.id("duty-report-leave")));
        assertThat(liPhone.findElements(By.cssSelector(".sw-take"))).isEmpty();

        // 王芳 falls sick: she reports it on her phone for the day of her duty.
        HeadlessChromium wangChromium = phone("cover-wang");
        WebDriver wangPhone = wangChromium.driver();
        WebDriverWait wangWait = waiting(wangPhone);
        open(wangPhone, "/my");
        signIn(wangPhone, wangWait, wang.getPhone());
        wangWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("duty-next"), "北门"));
        click(wangPhone, wangWait, By.id("duty-report-leave"));
        WebElement first = wangWait.until(ExpectedConditions.presenceOfElementLocated(By.id("leave-first")));
        setDate(wangPhone, first, f.day.toString());
        setDate(wangPhone, wangPhone.findElement(By.id("leave-last")), f.day.toString());
        click(wangPhone, wangWait, By.id("leave-reason"));
        click(wangPhone, wangWait, By.xpath("//vaadin-select-item[normalize-space(.)='生病']"));
        click(wangPhone, wangWait, By.id("leave-save"));
        wangWait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("leave-save")));
        screenshot(wangPhone, "cover-sickness-reported.png");

        // The seat reaches 李强's open page by push, with when, where and who else is on that shift.
        By take = By.cssSelector(".sw-take");
        liWait.until(ExpectedConditions.elementToBeClickable(take));
        String offer = liWait.until(d -> d.findElement(By.id("cover-open")).getText());
        assertThat(offer).contains("08:00–12:00").contains("堰山和畔 · 北门");
        screenshot(liPhone, "cover-open-seat.png");
        assertNothingSticksOutOfThePhone(liPhone);
        click(liPhone, liWait, take);
        liWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "这一班归你了"));
        liWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("duty-next"), "北门"));
        screenshot(liPhone, "cover-taken.png");

        // The secretary's board shows the seat taken from an offer, by 李强.
        wangPhone.manage().deleteAllCookies();
        open(wangPhone, "/planner");
        signIn(wangPhone, wangWait, secretary);
        wangChromium.asWindow(1366, 768);
        By mark = By.id("offer-mark-" + wangSeat.getId());
        String taken;
        try {
            taken = wangWait.until(d -> d.findElement(mark).getText());
        } catch (RuntimeException e) {
            // What the secretary saw, for whoever reads the failure.
            screenshot(wangPhone, "cover-secretary-board-failed.png");
            throw e;
        }
        assertThat(taken).isEqualTo("顶");
        assertThat(wangPhone.findElement(By.id("seat-" + wangSeat.getId())).getText()).contains("李强");
        screenshot(wangPhone, "cover-secretary-board.png");
    }

    private static WebDriverWait waiting(WebDriver browser) {
        return PhoneGestures.waiting(browser, WAIT);
    }

    private void open(WebDriver browser, String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static void signIn(WebDriver browser, WebDriverWait wait, String username) {
        PhoneGestures.signIn(browser, wait, username, PASSWORD);
    }
}
