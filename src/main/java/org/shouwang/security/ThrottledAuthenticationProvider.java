package org.shouwang.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;


/**
 * The password check behind the login form, guarded by the {@link LoginThrottle}: a throttled attempt
 * fails before the password is looked at, a wrong password counts against the account from this
 * address, the account and the address, and the account row keeps its failures so the secretary can
 * see them. Successful sign-ins feed the {@link SharedAddressWatch}.
 * Spring's {@link DaoAuthenticationProvider} answers "bad credentials" for an unknown username too, and
 * spends the same bcrypt time on it.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final SignInRecorder recorder;
    private final SharedAddressWatch sharedAddresses;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwordCheck, LoginThrottle throttle,
                                    SignInRecorder recorder, SharedAddressWatch sharedAddresses) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.recorder = recorder;
        this.sharedAddresses = sharedAddresses;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = Usernames.normalize(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        var wait = throttle.waitBefore(username, address);
        if (wait.isPresent()) {
            throw new LoginBlockedException(wait.get());
        }
        try {
            Authentication result = passwordCheck.authenticate(attempt);
            throttle.succeeded(username, address);
            recorder.succeeded(username);
            sharedAddresses.signedIn(username, address);
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            recorder.failed(username, throttle.failures(username));
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
