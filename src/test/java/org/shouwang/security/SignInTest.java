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
        signIn = provider(throttle());
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
        for (int i = 0; i < 3; i++) {
            fail(account.getUsername(), "10.1.1.1");
            fail(unknown, "10.1.2.1");
        }

        LoginBlockedException known = blocked(account.getUsername(), PASSWORD, "10.1.1.1");
        LoginBlockedException notKnown = blocked(unknown, PASSWORD, "10.1.2.1");

        assertThat(known.retryAfter()).isEqualTo(notKnown.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(known.getMessage()).isEqualTo(notKnown.getMessage());
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn.authenticate(attempt(account.getUsername(), PASSWORD, "10.1.1.1")).isAuthenticated()).isTrue();
    }

    @Test
    void wrong_passwords_from_one_address_block_it_but_the_owner_still_signs_in_from_another() {
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(1));
            fail(account.getUsername(), "203.0.113.66");
        }

        assertThat(blocked(account.getUsername(), PASSWORD, "203.0.113.66").retryAfter()).isEqualTo(BLOCK);
        assertThat(signIn.authenticate(attempt(account.getUsername(), PASSWORD, "10.2.1.1")).isAuthenticated()).isTrue();
        assertThat(accounts.findById(account.getId()).orElseThrow().getLockedUntil()).as("no account-wide lock").isNull();
    }

    @Test
    void the_account_row_counts_the_failures_for_the_secretary_to_see() {
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(1));
            fail(account.getUsername(), "10.2.2." + i);
        }

        assertThat(accounts.findById(account.getId()).orElseThrow().getFailedAttempts()).isEqualTo(4);
        signIn.authenticate(attempt(account.getUsername(), PASSWORD, "10.2.2.9"));
        assertThat(accounts.findById(account.getId()).orElseThrow().getFailedAttempts()).isZero();
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

    /** As configured: per account and address 3 free and a block at 10, per account 20 free, per address 10 and 50. */
    private LoginThrottle throttle() {
        return new LoginThrottle(clock, new LoginThrottle.Policy(3, 10, BLOCK), LoginThrottle.Policy.slowOnly(20, BLOCK),
                new LoginThrottle.Policy(10, 50, BLOCK));
    }

    private ThrottledAuthenticationProvider provider(LoginThrottle throttle) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(userDetailsService);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwordCheck, throttle, recorder, new SharedAddressWatch(clock, 20));
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
