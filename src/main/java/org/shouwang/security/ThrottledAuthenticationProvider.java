package org.shouwang.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Instant;

/**
 * The password check behind the login form, guarded by the {@link LoginThrottle}: a throttled attempt
 * fails before the password is looked at, a wrong password counts against the username and the client
 * address, and the account row keeps its failures and lock so the secretary can see them.
 * Spring's {@link DaoAuthenticationProvider} answers "bad credentials" for an unknown username too, and
 * spends the same bcrypt time on it.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final SignInRecorder recorder;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwordCheck, LoginThrottle throttle,
                                    SignInRecorder recorder) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.recorder = recorder;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = Usernames.normalize(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        var wait = throttle.waitBefore(username, address)
                .or(() -> recorder.lockedFor(username));
        if (wait.isPresent()) {
            throw new LoginBlockedException(wait.get());
        }
        try {
            Authentication result = passwordCheck.authenticate(attempt);
            throttle.succeeded(username);
            recorder.succeeded(username);
            return result;
        } catch (BadCredentialsException wrong) {
            Instant blockedUntil = throttle.failed(username, address).orElse(null);
            recorder.failed(username, throttle.failures(username), blockedUntil);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
