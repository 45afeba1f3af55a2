package org.shouwang.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.base.Secrets;
import org.shouwang.community.Community;
import org.shouwang.load.Browser;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Remember me on this device" over real HTTP, as phones use it: the cookie signs in without a password
 * once the session is gone, and a password reset or change, "sign out everywhere" (by the user or by the
 * secretary) and a copied cookie used after its owner's end it, together with the account's open sessions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RememberMeTest {

    private static final String PASSWORD = "richtig-passwort";
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String COOKIE = "remember-me";
    private static final String SESSION = "JSESSIONID";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext ctx;
    @Autowired
    AccountService accountService;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = Browser.sharedClient();
    private final List<AbstractAuthenticationEvent> signIns = new CopyOnWriteArrayList<>();
    private final ApplicationListener<AuthenticationSuccessEvent> listener = signIns::add;
    private SecurityFixtures fixtures;
    private Community community;
    private Account volunteer;

    @BeforeEach
    void setUp() {
        fixtures = new SecurityFixtures(ctx);
        community = fixtures.community();
        volunteer = volunteerAccount(VolunteerRole.VOLUNTEER);
        ctx.getBean(ApplicationEventMulticaster.class).addApplicationListener(listener);
    }

    @AfterEach
    void tearDown() {
        ctx.getBean(ApplicationEventMulticaster.class).removeApplicationListener(listener);
        TestUsers.signOut();
    }

    @Test
    void a_remembered_phone_signs_in_again_with_the_cookie_alone_and_no_password_check() throws Exception {
        Browser phone = phone();
        signIn(phone, volunteer, true);
        String cookie = phone.cookie(COOKIE).orElseThrow();
        assertThat(phone.lastSetCookie(COOKIE)).get().asString()
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .contains("Max-Age=" + Duration.ofDays(30).toSeconds()).doesNotContainIgnoringCase("Secure");
        // Only the token's hash is stored, never the token of the cookie.
        String token = cookieToken(cookie);
        assertThat(jdbc.queryForObject("select token_hash from remembered_login where username = ?", String.class,
                volunteer.getUsername())).isEqualTo(Secrets.hash(token)).doesNotContain(token);

        phone.dropCookie(SESSION);
        signIns.clear();

        assertThat(signedIn(phone)).isTrue();
        assertThat(signIns).as("the sign-ins of the return").singleElement()
                .satisfies(event -> assertThat(event.getAuthentication()).isInstanceOf(RememberMeAuthenticationToken.class));
        assertThat(phone.cookie(COOKIE)).as("the token is replaced at each use").get().isNotEqualTo(cookie);
        phone.dropCookie(SESSION);
        assertThat(signedIn(phone)).as("with the new token").isTrue();
    }

    @Test
    void without_the_tick_nothing_is_remembered_and_a_closed_browser_must_sign_in_again() throws Exception {
        Browser phone = phone();
        signIn(phone, volunteer, false);

        assertThat(phone.cookie(COOKIE)).isEmpty();
        phone.dropCookie(SESSION);
        assertThat(signedIn(phone)).isFalse();
    }

    @Test
    void secretaries_are_not_remembered_they_type_their_password_each_time() throws Exception {
        Account secretary = fixtures.account(Roles.SECRETARY, community.getId(), null, PASSWORD);
        Browser laptop = phone();
        signIn(laptop, secretary, true);

        assertThat(laptop.cookie(COOKIE)).isEmpty();
        assertThat(devices(secretary)).isZero();
    }

    @Test
    void a_password_reset_by_the_secretary_forgets_the_remembered_devices_and_ends_the_open_sessions() throws Exception {
        Browser phone = phone();
        signIn(phone, volunteer, true);
        Browser tablet = rememberedAndBack(volunteer);

        asSecretary(() -> accountService.resetPassword(volunteer.getId()));

        assertThat(signedIn(tablet)).as("the session opened by the cookie").isFalse();
        phone.dropCookie(SESSION);
        assertThat(signedIn(phone)).as("the cookie alone").isFalse();
        assertThat(devices(volunteer)).isZero();
    }

    @Test
    void changing_ones_own_password_signs_out_every_other_device() throws Exception {
        Browser phone = rememberedAndBack(volunteer);

        TestUsers.signIn(users.loadUserByUsername(volunteer.getUsername()));
        accountService.changeOwnPassword(PASSWORD, "neues-passwort-1");

        assertThat(signedIn(phone)).isFalse();
        assertThat(devices(volunteer)).isZero();
        Browser again = phone();
        signIn(again, volunteer, "neues-passwort-1", true);
        assertThat(signedIn(again)).as("with the new password").isTrue();
    }

    @Test
    void signing_out_everywhere_forgets_every_device_and_ends_the_other_sessions() throws Exception {
        Browser phone = rememberedAndBack(volunteer);
        Browser laptop = phone();
        signIn(laptop, volunteer, true);
        assertThat(devices(volunteer)).isEqualTo(2);

        TestUsers.signIn(users.loadUserByUsername(volunteer.getUsername()));
        assertThat(accountService.myRememberedDevices()).isEqualTo(2);
        accountService.signOutMyOtherDevices();

        assertThat(signedIn(phone)).isFalse();
        assertThat(signedIn(laptop)).isFalse();
        assertThat(devices(volunteer)).isZero();
    }

    @Test
    void the_secretary_signs_a_volunteer_out_everywhere_but_not_one_of_another_community() throws Exception {
        Browser phone = rememberedAndBack(volunteer);
        Community other = fixtures.community();

        assertThatThrownBy(() -> asSecretaryOf(other, () -> accountService.signOutEverywhere(volunteer.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn(phone)).isTrue();

        asSecretary(() -> accountService.signOutEverywhere(volunteer.getId()));

        assertThat(signedIn(phone)).isFalse();
        phone.dropCookie(SESSION);
        assertThat(signedIn(phone)).isFalse();
    }

    @Test
    void signing_out_on_one_device_forgets_that_device_only() throws Exception {
        Browser phone = phone();
        signIn(phone, volunteer, true);
        Browser tablet = phone();
        signIn(tablet, volunteer, true);

        Browser.Response page = phone.open("password");
        Browser.Response out = phone.postForm("logout", Map.of("_csrf", csrf(page.body())));

        assertThat(out.status()).isEqualTo(302);
        assertThat(phone.cookie(COOKIE)).as("cleared on the phone").isEmpty();
        assertThat(devices(volunteer)).isEqualTo(1);
        tablet.dropCookie(SESSION);
        assertThat(signedIn(tablet)).isTrue();
    }

    @Test
    void a_copied_cookie_used_again_after_its_owner_forgets_the_series_and_ends_the_copiers_session() throws Exception {
        Browser owner = phone();
        signIn(owner, volunteer, true);
        String copied = owner.cookie(COOKIE).orElseThrow();
        // The owner's phone comes back: the token is replaced.
        owner.dropCookie(SESSION);
        assertThat(signedIn(owner)).isTrue();
        // Two minutes later the copy is used, with the replaced token of the live series.
        Browser thief = phone();
        thief.putCookie(COOKIE, copied);
        olderBy(Duration.ofMinutes(2));

        assertThat(signedIn(thief)).isFalse();
        assertThat(thief.cookie(COOKIE)).as("the copy is cleared").isEmpty();
        assertThat(devices(volunteer)).as("the series is forgotten").isZero();
        assertThat(signedIn(owner)).as("the owner's open session ended, in case it was the copier's").isFalse();
        owner.dropCookie(SESSION);
        assertThat(signedIn(owner)).as("the owner's current cookie").isFalse();
    }

    @Test
    void a_second_request_of_the_same_phone_with_the_token_just_replaced_is_no_theft() throws Exception {
        Browser phone = phone();
        signIn(phone, volunteer, true);
        String before = phone.cookie(COOKIE).orElseThrow();
        phone.dropCookie(SESSION);
        assertThat(signedIn(phone)).isTrue();
        // The same phone's other request, sent at the same moment, still with the cookie from before.
        Browser sameMoment = phone();
        sameMoment.putCookie(COOKIE, before);

        assertThat(signedIn(sameMoment)).isTrue();
        assertThat(sameMoment.lastSetCookie(COOKIE)).as("no new token for it").isEmpty();
        assertThat(devices(volunteer)).isEqualTo(1);
        phone.dropCookie(SESSION);
        assertThat(signedIn(phone)).as("the phone's newest cookie").isTrue();
    }

    @Test
    void a_device_away_longer_than_thirty_days_must_sign_in_again() throws Exception {
        Browser phone = phone();
        signIn(phone, volunteer, true);
        phone.dropCookie(SESSION);
        olderBy(Duration.ofDays(30).plusMinutes(1));

        assertThat(signedIn(phone)).isFalse();
        assertThat(phone.cookie(COOKIE)).isEmpty();
    }

    private Account volunteerAccount(VolunteerRole role) {
        Volunteer person = fixtures.volunteer(community, role);
        return fixtures.account(role == VolunteerRole.COMMITTEE ? Roles.COMMITTEE : Roles.VOLUNTEER,
                community.getId(), person.getId(), PASSWORD);
    }

    /** A device that signed in with "remember me", lost its session, and came back with the cookie. */
    private Browser rememberedAndBack(Account account) throws Exception {
        Browser device = phone();
        signIn(device, account, true);
        device.dropCookie(SESSION);
        assertThat(signedIn(device)).isTrue();
        return device;
    }

    private Browser phone() {
        return new Browser(http, URI.create("http://localhost:" + port), Duration.ofSeconds(60), "zh-CN");
    }

    private void signIn(Browser device, Account account, boolean remember) throws Exception {
        signIn(device, account, PASSWORD, remember);
    }

    private void signIn(Browser device, Account account, String password, boolean remember) throws Exception {
        Browser.Response page = device.open("login");
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("_csrf", csrf(page.body()));
        form.put("username", account.getUsername());
        form.put("password", password);
        if (remember) {
            form.put("remember-me", "on");
        }
        Browser.Response signedIn = device.postForm("login", form);
        assertThat(signedIn.location()).get().asString().doesNotContain("login");
    }

    /** Whether the device may open a page for signed-in users (else it is sent to sign in). */
    private static boolean signedIn(Browser device) throws Exception {
        return device.get("password").status() == 200;
    }

    private static String csrf(String page) {
        Matcher token = META_CSRF.matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    /** The token in a remember-me cookie: Base64 (padding dropped) of the URL-encoded series and token. */
    private static String cookieToken(String cookie) {
        String padded = cookie + "=".repeat((4 - cookie.length() % 4) % 4);
        String pair = new String(Base64.getDecoder().decode(padded), java.nio.charset.StandardCharsets.UTF_8);
        return java.net.URLDecoder.decode(pair.split(":")[1], java.nio.charset.StandardCharsets.UTF_8);
    }

    private long devices(Account account) {
        return ctx.getBean(RememberedLogins.class).count(account.getUsername());
    }

    /** As if the volunteer's devices had last come back that much earlier. */
    private void olderBy(Duration age) {
        jdbc.update("update remembered_login set last_used = ? where username = ?",
                Timestamp.from(Instant.now().minus(age)), volunteer.getUsername());
    }

    private void asSecretary(Runnable work) {
        asSecretaryOf(community, work);
    }

    private void asSecretaryOf(Community of, Runnable work) {
        TestUsers.signIn(Roles.SECRETARY, of.getId(), null);
        try {
            work.run();
        } finally {
            TestUsers.signOut();
        }
    }
}
