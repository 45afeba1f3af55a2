package org.shouwang.security;

import org.junit.jupiter.api.Test;
import org.shouwang.MovableClock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {


    private static final Duration BLOCK = Duration.ofMinutes(15);

    private final MovableClock clock = new MovableClock(Instant.parse("2020-02-10T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock,
            new LoginThrottle.Policy(3, 6, BLOCK), new LoginThrottle.Policy(5, 10, BLOCK));

    @Test
    void the_first_failures_are_free() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("alice", "10.0.0.1");
        }

        assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void after_the_free_failures_each_attempt_waits_twice_as_long() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).isEmpty();

        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.waitBefore("alice", "10.0.0.1")).contains(Duration.ofSeconds(2));
    }

    @Test
    void a_username_is_blocked_after_repeated_failures_and_free_again_after_the_block() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("alice", "10.0.0." + i);
        }

        assertThat(throttle.waitBefore("alice", "10.0.0.99")).contains(BLOCK);
        assertThat(throttle.waitBefore("bob", "10.0.0.99")).isEmpty();

        clock.advance(BLOCK);
        assertThat(throttle.waitBefore("alice", "10.0.0.99")).isEmpty();
    }

    @Test
    void an_address_guessing_many_usernames_is_blocked() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("user" + i, "10.0.0.7");
        }

        assertThat(throttle.waitBefore("someone-else", "10.0.0.7")).contains(BLOCK);
        assertThat(throttle.waitBefore("someone-else", "10.0.0.8")).isEmpty();
    }

    @Test
    void a_success_clears_the_username_but_not_the_address() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("user" + i, "10.0.0.7");
        }
        throttle.failed("alice", "10.0.0.7");
        throttle.succeeded("alice");

        assertThat(throttle.failures("alice")).isZero();
        assertThat(throttle.waitBefore("mallory", "10.0.0.7")).contains(BLOCK);
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
}
