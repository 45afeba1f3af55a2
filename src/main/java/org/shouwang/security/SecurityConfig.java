package org.shouwang.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.shouwang.api.ApiPaths;
import org.shouwang.base.Roles;
import org.shouwang.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Who may open what. Vaadin's configurer permits its own resources, sets up the form login at
 * {@code /login} and the view access checks from each view's annotation; everything else needs a
 * signed-in user. CSRF protection covers the sign-in form too, and every answer carries a
 * Content-Security-Policy, {@code Referrer-Policy: same-origin} and, over HTTPS, HSTS.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    /**
     * What the pages may load: Vaadin Flow's bootstrap writes inline scripts and styles, its client
     * evaluates the JavaScript the server sends ({@code new Function}), and the components draw icons
     * from {@code data:} URLs; everything else comes from this origin only, and no other site may
     * frame the app or receive its forms.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil,
                                            HashedRememberMeServices rememberMe) throws Exception {
        // The volunteers' calendar feed (duty.CalendarFeedController): calendar apps cannot sign in,
        // the secret token in the URL is the credential, and a wrong or revoked one gets an empty 404.
        // HEAD answers like GET (calendar apps ask before they fetch).
        // Downloads and uploads (Vaadin's dynamic resources) belong to signed-in sessions only: Vaadin
        // would refuse another session's resource anyway, but nobody anonymous gets even that far.
        // The HTTP API's description and its page (the API itself has a chain of its own, ApiSecurityConfig).
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, ApiPaths.DOCS, ApiPaths.DOCS + "/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/calendar/*").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/calendar/*").permitAll()
                .requestMatchers("/VAADIN/dynamic/**").authenticated());
        // Vaadin's own CSRF set-up exempts the sign-in form, so that a foreign site could sign a browser
        // in to an account of the attacker's (login CSRF). Here only Vaadin's internal requests, which
        // carry Vaadin's own token, are exempt; the sign-in form sends Spring's token, which the page
        // carries for it (LoginCsrfToken).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new LoginCsrfToken.ExpiredFormHandler(requestUtil));
                        return filter;
                    }
                }));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                // Only over HTTPS (directly, or behind a proxy with SHOUWANG_FORWARD_HEADERS=native).
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        // "Remember me on this device": the sign-in form's checkbox, a cookie with a series and a token.
        http.rememberMe(remember -> remember.rememberMeServices(rememberMe));
        // A new session id at sign-in, so a session id planted before the login is worthless after it.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    /**
     * Remember-me on volunteers' and committee members' phones, for {@code shouwang.remember-me.validity}
     * after the device's last visit. The key only seals the remember-me authentication for the request
     * that builds it, on this server (the cookie is checked against the database), so a random one per
     * start will do.
     */
    @Bean
    HashedRememberMeServices rememberMeServices(AccountUserDetailsService users, RememberedLogins logins,
                                                SignedInSessions sessions,
                                                @Value("${shouwang.remember-me.validity:30d}") Duration validity) {
        return new HashedRememberMeServices(UUID.randomUUID().toString(), users, logins, sessions, validity);
    }

    /**
     * The H2 console exists only with the {@code dev} profile (see application-dev.properties), and
     * even there only for a signed-in district admin.
     */
    @Bean
    @Order(1)
    @Profile("dev")
    SecurityFilterChain h2ConsoleFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PathRequest.toH2Console())
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Roles.DISTRICT_ADMIN))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    /**
     * bcrypt for new hashes; the {@code {id}} prefix lets a later, stronger scheme take over gradually.
     * A presented password longer than bcrypt's 72 bytes is simply wrong, not an error page. At most
     * {@code shouwang.password.parallel-checks} (default: the processors) hashes run at once.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${shouwang.password.parallel-checks:#{T(java.lang.Runtime).getRuntime().availableProcessors()}}")
            int parallelChecks) {
        PasswordEncoder delegating = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new BoundedPasswordEncoder(new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return delegating.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return rawPassword != null && !PasswordPolicy.tooLong(rawPassword)
                        && delegating.matches(rawPassword, encodedPassword);
            }

            @Override
            public boolean upgradeEncoding(String encodedPassword) {
                return delegating.upgradeEncoding(encodedPassword);
            }
        }, parallelChecks);
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock,
                                @Value("${shouwang.login.account-address.free-failures:3}") int pairFree,
                                @Value("${shouwang.login.account-address.block-after:10}") int pairBlock,
                                @Value("${shouwang.login.account.free-failures:20}") int accountFree,
                                @Value("${shouwang.login.address.free-failures:10}") int addressFree,
                                @Value("${shouwang.login.address.block-after:50}") int addressBlock,
                                @Value("${shouwang.login.block-for:15m}") Duration blockFor) {
        return new LoginThrottle(clock, new LoginThrottle.Policy(pairFree, pairBlock, blockFor),
                LoginThrottle.Policy.slowOnly(accountFree, blockFor),
                new LoginThrottle.Policy(addressFree, addressBlock, blockFor));
    }

    @Bean
    SharedAddressWatch sharedAddressWatch(Clock clock,
                                          @Value("${shouwang.login.shared-address-accounts:20}") int accounts) {
        return new SharedAddressWatch(clock, accounts);
    }

    /** The only authentication provider: the password check behind the throttle. */
    @Bean
    AuthenticationProvider throttledAuthenticationProvider(AccountUserDetailsService userDetailsService,
                                                           PasswordEncoder passwordEncoder,
                                                           LoginThrottle throttle, SignInRecorder recorder,
                                                           SharedAddressWatch sharedAddresses) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(userDetailsService);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwordCheck, throttle, recorder, sharedAddresses);
    }
}
