package org.shouwang.security;

import org.junit.jupiter.api.Test;
import org.shouwang.MovableClock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Duration BLOCK = Duration.ofMinutes(15);

    private final MovableClock clock = new MovableClock(Instant.parse("2020-02-10T08:00:00Z"));
    /** Per account and address 3 free and a block at 6, per account 12 free, per address 5 free and a block at 10. */
    private final LoginThrottle throttle = new LoginThrottle(clock, new LoginThrottle.Policy(3, 6, BLOCK),
            LoginThrottle.Policy.slowOnly(12, BLOCK), new LoginThrottle.Policy(5, 10, BLOCK));

    @Test
    void the_first_three_failures_are_free_and_the_fourth_attempt_waits_a_second() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).as("the third attempt").isEmpty();

        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).as("the fourth attempt").contains(Duration.ofSeconds(1));
    }

    @Test
    void after_the_free_failures_each_attempt_waits_twice_as_long() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEmpty();

        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).contains(Duration.ofSeconds(2));
    }

    @Test
    void wrong_passwords_from_one_address_block_that_address_but_not_the_account_from_another() {
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(1));
            throttle.failed("admin", "203.0.113.66");
        }

        assertThat(throttle.waitBefore("admin", "203.0.113.66")).contains(BLOCK);
        assertThat(throttle.waitBefore("admin", "10.0.0.2")).as("the admin at the office").isEmpty();
        assertThat(throttle.waitBefore("bob", "10.0.0.99")).isEmpty();

        clock.advance(BLOCK);
        assertThat(throttle.waitBefore("admin", "203.0.113.66")).isEmpty();
    }

    @Test
    void guessing_one_account_from_many_addresses_slows_it_down_but_never_blocks_it() {
        for (int i = 0; i < 200; i++) {
            clock.advance(Duration.ofSeconds(30));
            throttle.failed("admin", "198.51.100." + i);
        }

        Duration wait = throttle.waitBefore("admin", "10.0.0.2").orElseThrow();
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        clock.advance(wait);
        assertThat(throttle.waitBefore("admin", "10.0.0.2")).as("the owner gets in after the wait").isEmpty();
    }

    @Test
    void credential_stuffing_many_accounts_from_one_address_blocks_that_address_for_every_account() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("user" + i, "10.0.0.7");
        }

        assertThat(throttle.waitBefore("someone-else", "10.0.0.7")).contains(BLOCK);
        assertThat(throttle.waitBefore("someone-else", "10.0.0.8")).isEmpty();
        assertThat(throttle.waitBefore("user1", "10.0.0.8")).isEmpty();
    }

    @Test
    void a_success_clears_the_account_but_not_the_address() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("user" + i, "10.0.0.7");
        }
        throttle.failed("alice", "10.0.0.7");
        throttle.succeeded("alice", "10.0.0.7");

        assertThat(throttle.failures("alice")).isZero();
        assertThat(throttle.waitBefore("mallory", "10.0.0.7")).contains(BLOCK);
    }

    @Test
    void a_password_reset_clears_the_account_from_every_address() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0.1");
            throttle.failed("alice", "10.0.0.2");
        }
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).isPresent();

        throttle.reset("alice");

        assertThat(throttle.failures("alice")).isZero();
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEmpty();
        assertThat(throttle.waitBefore("alice", "10.0.0.2")).isEmpty();
    }

    @Test
    void old_failures_are_forgotten() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        clock.advance(BLOCK.plusSeconds(1));

        assertThat(throttle.failures("alice")).isZero();
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void many_accounts_signing_in_from_one_address_are_reported_once_as_a_likely_proxy() {
        SharedAddressWatch watch = new SharedAddressWatch(clock, 20);
        for (int i = 0; i < 19; i++) {
            assertThat(watch.signedIn("user" + i, "10.0.0.1")).isFalse();
            assertThat(watch.signedIn("user" + i, "10.0.0.1")).as("the same account again").isFalse();
        }
        assertThat(watch.signedIn("user" + 19, "10.0.0.2")).as("another address").isFalse();

        assertThat(watch.signedIn("user" + 19, "10.0.0.1")).isTrue();
        assertThat(watch.signedIn("user" + 20, "10.0.0.1")).as("said once").isFalse();
    }

    @Test
    void accounts_that_signed_in_over_an_hour_apart_do_not_look_like_a_proxy() {
        SharedAddressWatch watch = new SharedAddressWatch(clock, 20);
        for (int i = 0; i < 40; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(watch.signedIn("user" + i, "10.0.0.1")).isFalse();
        }
    }
}
