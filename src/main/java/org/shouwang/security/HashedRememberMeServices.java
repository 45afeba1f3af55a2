package org.shouwang.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shouwang.base.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;

import java.time.Duration;
import java.util.Set;

/**
 * Spring Security's persistent remember-me (a series and a token that changes at every use; an old
 * token of a live series means the cookie was copied, and the account's devices are all forgotten),
 * with three changes:
 * <ul>
 * <li>the token a cookie presents is hashed before Spring compares it, since {@link RememberedLogins}
 *     stores hashes only;</li>
 * <li>signing out on one device forgets that device only (Spring forgets them all; that is what
 *     "sign out everywhere" is for);</li>
 * <li>only volunteers and committee members are remembered: they read their duties on their own phones,
 *     while the accounts that manage other people's data type their password each time.</li>
 * </ul>
 * The cookie is {@code HttpOnly}, {@code SameSite=Lax}, and {@code Secure} when the request came over
 * HTTPS (behind a proxy with forwarded headers too), like the session cookie.
 */
public class HashedRememberMeServices extends PersistentTokenBasedRememberMeServices {

    /** The sign-in form's field: the "remember me on this device" checkbox. */
    public static final String PARAMETER = DEFAULT_PARAMETER;

    /** The roles whose devices are remembered. */
    static final Set<String> REMEMBERED_ROLES = Set.of(Roles.VOLUNTEER, Roles.COMMITTEE);

    private final RememberedLogins logins;
    private final SignedInSessions sessions;

    HashedRememberMeServices(String key, UserDetailsService users, RememberedLogins logins, SignedInSessions sessions,
                             Duration validity) {
        super(key, users, logins);
        this.logins = logins;
        this.sessions = sessions;
        setTokenValiditySeconds(Math.toIntExact(validity.toSeconds()));
        setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    }

    /** For how many days after its last visit a device stays remembered. */
    public long rememberedDays() {
        return getTokenValiditySeconds() / 86_400L;
    }

    /**
     * Spring's check of a cookie (an unknown or expired series signs nobody in; an old token of a live
     * series forgets all the account's devices and ends its open sessions), done by {@link RememberedLogins#use} on hashes, with the
     * replacement of the token in one conditional update. Spring ends a stolen cookie in an error page
     * ({@link CookieTheftException} leaves the filter chain); here the request goes on signed out, to the
     * sign-in page.
     */
    @Override
    protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request,
                                                 HttpServletResponse response) {
        if (cookieTokens.length != 2) {
            throw new InvalidCookieException("A remember-me cookie holds a series and a token");
        }
        String series = cookieTokens[0];
        String newToken = generateTokenData();
        RememberedLogins.Use use = logins.use(series, cookieTokens[1], newToken);
        if (use instanceof RememberedLogins.Use.Rotated rotated) {
            setCookie(new String[] {series, newToken}, getTokenValiditySeconds(), request, response);
            return getUserDetailsService().loadUserByUsername(rotated.username());
        }
        if (use instanceof RememberedLogins.Use.JustReplaced same) {
            // A second request that left with the cookie the first one replaced: it keeps the new cookie.
            return getUserDetailsService().loadUserByUsername(same.username());
        }
        if (use instanceof RememberedLogins.Use.Stolen stolen) {
            // Whoever used the copy first may be signed in right now.
            sessions.endOthers(stolen.username());
            throw new RememberMeAuthenticationException("A replaced remember-me token came back: cookie theft assumed");
        }
        throw new RememberMeAuthenticationException("No live remembered device for this cookie");
    }

    @Override
    protected void onLoginSuccess(HttpServletRequest request, HttpServletResponse response,
                                  Authentication authentication) {
        if (remembered(authentication)) {
            super.onLoginSuccess(request, response, authentication);
        }
    }

    /**
     * Remembers this device anew for the signed-in user (after a password change, which forgot every
     * device), when the request came from a remembered device and the user's role is remembered.
     */
    public void rememberAgain(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (extractRememberMeCookie(request) != null) {
            onLoginSuccess(request, response, authentication);
        }
    }

    /** Signing out forgets this device (the series in its cookie) and clears the cookie. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        String cookie = extractRememberMeCookie(request);
        if (cookie != null && authentication != null) {
            try {
                String[] tokens = decodeCookie(cookie);
                logins.forget(tokens[0], authentication.getName());
            } catch (InvalidCookieException unreadable) {
                // Nothing stored can match it.
            }
        }
        cancelCookie(request, response);
    }

    private static boolean remembered(Authentication authentication) {
        return authentication.getPrincipal() instanceof SignedInUser user && REMEMBERED_ROLES.contains(user.role());
    }
}
