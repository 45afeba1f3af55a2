package org.shouwang.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shouwang.api.ApiCaller;
import org.shouwang.api.ApiProblems;
import org.shouwang.api.ApiTokenService;
import org.shouwang.base.Roles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signs an API request in by its bearer token. A request without an {@code Authorization} header goes on
 * anonymous (and authorization answers 401); one with a header that is not a working token is answered
 * 401 at once, the same for a malformed, unknown or revoked token.
 *
 * <p>The caller acts as a system principal of the token's community with a secretary's role: the
 * services keep checking roles and community as for a person, so the token reaches exactly one community
 * and never what only a district admin may do. Its scope becomes an authority that the filter chain checks.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final ApiProblems problems;

    /** The application's strategy bean, the one Spring Security's own filters of this chain use. */
    private final SecurityContextHolderStrategy strategy;

    ApiTokenFilter(ApiTokenService tokens, ApiProblems problems, SecurityContextHolderStrategy strategy) {
        this.tokens = tokens;
        this.problems = problems;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiCaller> caller = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? tokens.authenticate(header.substring(BEARER.length()).strip()) : Optional.empty();
        if (caller.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.problem.bad-token");
            return;
        }
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(caller.get()));
        strategy.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }

    /** An API caller, authenticated by its token. */
    static final class ApiTokenAuthentication extends AbstractAuthenticationToken {

        private final SignedInUser principal;
        private final transient ApiCaller caller;

        ApiTokenAuthentication(ApiCaller caller) {
            super(authorities(caller));
            this.caller = caller;
            // No stored account has id 0 (identity columns start at 1); the name says which token it is in logs.
            this.principal = new SignedInUser(0, "api:" + caller.tokenName(), "", Roles.SECRETARY,
                    caller.communityId(), null);
            setAuthenticated(true);
        }

        private static List<GrantedAuthority> authorities(ApiCaller caller) {
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.SECRETARY));
            authorities.add(new SimpleGrantedAuthority(ApiSecurityConfig.READ));
            if (caller.scope().writes()) {
                authorities.add(new SimpleGrantedAuthority(ApiSecurityConfig.WRITE));
            }
            return authorities;
        }

        ApiCaller caller() {
            return caller;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }
}
