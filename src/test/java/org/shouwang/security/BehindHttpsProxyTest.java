package org.shouwang.security;

import org.junit.jupiter.api.Test;
import org.shouwang.base.Roles;
import org.shouwang.plan.VolunteerRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy that ends HTTPS, configured as the README says (SHOUWANG_FORWARD_HEADERS=native):
 * browsers are told to stay on HTTPS, and the session and remember-me cookies are never sent over plain HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "SHOUWANG_FORWARD_HEADERS=native")
@ActiveProfiles("test")
class BehindHttpsProxyTest {

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext ctx;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pages_served_over_https_carry_hsts_and_a_secure_session_cookie() throws Exception {
        HttpResponse<String> page = http.send(overHttps("login").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=31536000", "includeSubDomains");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().asString().contains("Secure", "SameSite=Lax", "HttpOnly");
    }

    @Test
    void the_remember_me_cookie_is_secure_over_https_too() throws Exception {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        var community = fixtures.community();
        Account volunteer = fixtures.account(Roles.VOLUNTEER, community.getId(),
                fixtures.volunteer(community, VolunteerRole.VOLUNTEER).getId(), "richtig-passwort");
        HttpResponse<String> page = http.send(overHttps("login").GET().build(), HttpResponse.BodyHandlers.ofString());
        String session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
        Matcher csrf = META_CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> signIn = http.send(overHttps("login").header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + volunteer.getUsername()
                        + "&password=richtig-passwort&remember-me=on&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("remember-me="))
                .singleElement().asString().contains("Secure", "SameSite=Lax", "HttpOnly");
    }

    private HttpRequest.Builder overHttps(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
    }
}
