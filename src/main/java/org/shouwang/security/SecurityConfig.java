package org.shouwang.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.shouwang.base.Roles;
import org.shouwang.security.ui.LoginView;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open what. Vaadin's configurer permits its own resources, sets up CSRF the way Flow needs it,
 * the form login at {@code /login} and the view access checks from each view's annotation; everything
 * else needs a signed-in user.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // The volunteers' calendar feed (roster.CalendarFeedController): calendar apps cannot sign in,
        // the secret token in the URL is the credential, and a wrong or revoked one gets an empty 404.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/calendar/*").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // A new session id at sign-in, so a session id planted before the login is worthless after it.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
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

    /** bcrypt for new hashes; the {@code {id}} prefix lets a later, stronger scheme take over gradually. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
