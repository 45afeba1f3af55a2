package org.shouwang.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.MovableClock;
import org.shouwang.base.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The sign-in as the login form drives it: password check, throttling by username and address, and
 * the same answer for an unknown username as for a wrong password. The throttle runs on a clock the
 * test moves, so that waiting takes no time.
 */
@SpringBootTest
@ActiveProfiles("test")
class SignInTest {

    private static final String PASSWORD = "richtig-passwort";
    private static final Duration BLOCK = Duration.ofMinutes(15);

    @Autowired
    org.springframework.context.ApplicationContext ctx;
    @Autowired
    AccountUserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SignInRecorder recorder;
    @Autowired
    AccountRepository accounts;

    private final MovableClock clock = new MovableClock(Instant.now());
    private ThrottledAuthenticationProvider signIn;
    private Account account;

    @BeforeEach
    void setUp() {
        SecurityFixtures fixtures = new SecurityFixtures(ctx);
        signIn = provider(new LoginThrottle(clock, new LoginThrottle.Policy(3, 10, BLOCK), new LoginThrottle.Policy(10, 50, BLOCK)));
        account = fixtures.account(Roles.SECRETARY, fixtures.community().getId(), null, PASSWORD);
    }

    @Test
    void the_right_password_signs_in_as_the_account_with_its_role() {
        Authentication result = signIn.authenticate(attempt(account.getUsername(), PASSWORD, "10.1.0.1"));

        assertThat(result.getPrincipal()).isInstanceOfSatisfying(SignedInUser.class, user -> {
            assertThat(user.accountId()).isEqualTo(account.getId());
            assertThat(user.role()).isEqualTo(Roles.SECRETARY);
        });
        assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_SECRETARY");
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        assertThat(accounts.findById(account.getId()).orElseThrow().getPasswordHash())
                .startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }

    @Test
    void an_unknown_username_gets_the_same_answer_as_a_wrong_password() {
        BadCredentialsException wrongPassword = catchThrowableOfType(BadCredentialsException.class,
                () -> signIn.authenticate(attempt(account.getUsername(), "falsches-passwort", "10.1.0.2")));
        BadCredentialsException unknownUser = catchThrowableOfType(BadCredentialsException.class,
                () -> signIn.authenticate(attempt("nobody-" + account.getUsername(), "falsches-passwort", "10.1.0.2")));

        assertThat(unknownUser).isNotNull().hasMessage(wrongPassword.getMessage());
    }

    @Test
    void after_the_free_failures_the_next_attempt_must_wait_for_known_and_unknown_usernames_alike() {
        String unknown = "nobody-" + account.getUsername();
        for (int i = 0; i < 4; i++) {
            fail(account.getUsername(), "10.1.1." + i);
            fail(unknown, "10.1.2." + i);
        }

        LoginBlockedException known = blocked(account.getUsername(), PASSWORD, "10.1.1.9");
        LoginBlockedException notKnown = blocked(unknown, PASSWORD, "10.1.2.9");

        assertThat(known.retryAfter()).isEqualTo(notKnown.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(known.getMessage()).isEqualTo(notKnown.getMessage());
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn.authenticate(attempt(account.getUsername(), PASSWORD, "10.1.1.9")).isAuthenticated()).isTrue();
    }

    @Test
    void repeated_failures_block_the_account_even_for_the_right_password_and_the_block_survives_a_restart() {
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(1));
            fail(account.getUsername(), "10.2.0." + i);
        }

        assertThat(blocked(account.getUsername(), PASSWORD, "10.2.1.1").retryAfter()).isEqualTo(BLOCK);
        assertThat(accounts.findById(account.getId()).orElseThrow().getLockedUntil()).isNotNull();

        // A restart forgets the in-memory throttle; the account row still holds the lock.
        ThrottledAuthenticationProvider restarted = provider(new LoginThrottle(Clock.systemUTC(),
                new LoginThrottle.Policy(3, 10, BLOCK), new LoginThrottle.Policy(10, 50, BLOCK)));
        assertThat(catchThrowableOfType(LoginBlockedException.class,
                () -> restarted.authenticate(attempt(account.getUsername(), PASSWORD, "10.2.1.2")))).isNotNull();
    }

    @Test
    void an_address_that_guesses_many_usernames_is_blocked_even_for_a_real_account() {
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofMinutes(1));
            fail("guess-" + i + "-" + account.getUsername(), "10.3.0.1");
        }

        assertThat(blocked(account.getUsername(), PASSWORD, "10.3.0.1")).isNotNull();
        assertThat(signIn.authenticate(attempt(account.getUsername(), PASSWORD, "10.3.0.2")).isAuthenticated()).isTrue();
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_just_wrong() {
        assertThat(catchThrowableOfType(BadCredentialsException.class,
                () -> signIn.authenticate(attempt(account.getUsername(), PASSWORD + "x".repeat(100), "10.4.0.1"))))
                .isNotNull();
    }

    private ThrottledAuthenticationProvider provider(LoginThrottle throttle) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(userDetailsService);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwordCheck, throttle, recorder);
    }

    private void fail(String username, String address) {
        assertThat(catchThrowableOfType(AuthenticationException.class,
                () -> signIn.authenticate(attempt(username, "falsches-passwort", address))))
                .isInstanceOf(BadCredentialsException.class);
    }

    private LoginBlockedException blocked(String username, String password, String address) {
        return catchThrowableOfType(LoginBlockedException.class,
                () -> signIn.authenticate(attempt(username, password, address)));
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

}
