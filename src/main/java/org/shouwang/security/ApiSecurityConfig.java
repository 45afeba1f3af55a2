package org.shouwang.security;

import org.shouwang.api.ApiBodyLimitFilter;
import org.shouwang.api.ApiProblems;
import org.shouwang.api.ApiTokenService;
import org.shouwang.base.UploadLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The HTTP API ({@code /api/v1/**}) for the district's other systems: its own filter chain, before the
 * pages' one. Every call brings a community's API token ({@code Authorization: Bearer <token>}), so
 * there is no session, no sign-in page to redirect to and no CSRF token (a foreign site cannot make a
 * browser send the header). Refusals are problem documents: 401 without a valid token, 403 for a
 * read-only token that tries to write.
 */
@Configuration
public class ApiSecurityConfig {

    /** The API's paths. */
    public static final String API = "/api/v1/**";
    /** What a token that may read has, and one that may write. */
    static final String READ = "SCOPE_read";
    static final String WRITE = "SCOPE_write";

    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens, ApiProblems problems,
                                       UploadLimit uploadLimit, SecurityContextHolderStrategy strategy)
            throws Exception {
        http.securityMatcher(API)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, API).hasAuthority(READ)
                        .requestMatchers(HttpMethod.HEAD, API).hasAuthority(READ)
                        .anyRequest().hasAuthority(WRITE))
                .addFilterBefore(new ApiTokenFilter(tokens, problems, strategy), AuthorizationFilter.class)
                // Only callers allowed in get to send a body, and none larger than an upload may be.
                .addFilterAfter(new ApiBodyLimitFilter(uploadLimit, problems), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.problem.no-token");
                        })
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "api.problem.read-only")))
                // JSON only: nothing to run, frame or refer to.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }
}
