package org.shouwang.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.api.ApiScope;
import org.shouwang.api.ApiTokenService;
import org.shouwang.base.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app over real HTTP, as a browser (or a forging site) talks to it: sign-in needs the page's CSRF
 * token, answers carry the security headers, and the session cookie is locked down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebHardeningTest {

    private static final String PASSWORD = "richtig-passwort";
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext ctx;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Account account;

    @BeforeEach
    void setUp() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        account = fixtures.account(Roles.SECRETARY, fixtures.community().getId(), null, PASSWORD);
    }

    @Test
    void a_sign_in_posted_from_another_site_without_the_pages_token_signs_nobody_in() throws Exception {
        HttpResponse<String> forged = http.send(post("login", null, "username=" + account.getUsername()
                        + "&password=" + PASSWORD, "http://evil.example"), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.headers().firstValue("Location")).get().asString().endsWith("/login?expired");
        String session = sessionCookie(forged).orElse(null);
        assertThat(signedIn(session)).isFalse();
    }

    @Test
    void the_sign_in_page_carries_the_token_that_the_login_form_posts_and_that_signs_in() throws Exception {
        HttpResponse<String> page = http.send(get("login", null), HttpResponse.BodyHandlers.ofString());
        String session = sessionCookie(page).orElseThrow();
        Matcher token = META_CSRF.matcher(page.body());
        assertThat(page.body()).contains("<meta name=\"_csrf_parameter\" content=\"_csrf\"");
        assertThat(token.find()).isTrue();

        HttpResponse<String> signIn = http.send(post("login", session, "username=" + account.getUsername()
                + "&password=" + PASSWORD + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8),
                "http://localhost:" + port), HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.headers().firstValue("Location")).get().asString().doesNotContain("login");
        assertThat(signedIn(sessionCookie(signIn).orElse(session))).isTrue();
    }

    @Test
    void pages_carry_a_content_security_policy_and_a_same_origin_referrer_policy_but_no_hsts_over_http()
            throws Exception {
        HttpResponse<String> page = http.send(get("login", null), HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_never_goes_into_a_url() throws Exception {
        HttpResponse<String> page = http.send(get("login", null), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

        // A download link opened by someone not signed in: sent to sign in, with no session id in the URL.
        HttpResponse<String> download = http.send(get("VAADIN/dynamic/resource/0/0/sheets.xlsx", null),
                HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(302);
        assertThat(download.headers().firstValue("Location")).get().asString()
                .endsWith("/login").doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void a_signed_in_browser_session_does_not_reach_the_http_api_but_a_token_of_the_community_does() throws Exception {
        String session = signIn();
        assertThat(signedIn(session)).isTrue();
        String roster = "api/v1/communities/" + account.getCommunityId() + "/roster?from=2020-02-03&to=2020-02-03";

        HttpResponse<String> withSession = http.send(get(roster, session), HttpResponse.BodyHandlers.ofString());

        assertThat(withSession.statusCode()).isEqualTo(401);
        assertThat(withSession.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(withSession.headers().firstValue("Location")).isEmpty();

        TestUsers.signIn(Roles.SECRETARY, account.getCommunityId(), null);
        String token = ctx.getBean(ApiTokenService.class).create(account.getCommunityId(), "测试", ApiScope.READ).secret();
        TestUsers.signOut();
        HttpResponse<String> withToken = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + roster))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).contains("\"seats\":[]");
        assertThat(withToken.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
        assertThat(withToken.headers().allValues("Set-Cookie")).as("no session for an API call").isEmpty();
    }

    /** Signs the account in through the sign-in page, as a browser does; returns the session cookie. */
    private String signIn() throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(get("login", null), HttpResponse.BodyHandlers.ofString());
        String session = sessionCookie(page).orElseThrow();
        Matcher token = META_CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> signIn = http.send(post("login", session, "username=" + account.getUsername()
                + "&password=" + PASSWORD + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8),
                "http://localhost:" + port), HttpResponse.BodyHandlers.ofString());
        return sessionCookie(signIn).orElse(session);
    }

    /** Whether this session may open a page only signed-in users may open. */
    private boolean signedIn(String session) throws IOException, InterruptedException {
        HttpResponse<String> home = http.send(get("password", session), HttpResponse.BodyHandlers.ofString());
        return home.statusCode() == 200;
    }

    private HttpRequest get(String path, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).GET();
        if (session != null) {
            request.header("Cookie", session);
        }
        return request.build();
    }

    private HttpRequest post(String path, String session, String form, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (session != null) {
            request.header("Cookie", session);
        }
        return request.build();
    }

    /** The {@code JSESSIONID=...} pair the answer sets, if it sets one. */
    static Optional<String> sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";", 2)[0]).findFirst();
    }
}
