package org.shouwang.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down and then blocks password guessing, per username and per client address. The first
 * failures are free (people mistype); after that each further attempt must wait twice as long as the
 * one before; after {@code blockAfter} failures the key is blocked for {@code blockFor}. Failures older
 * than {@code blockFor} are forgotten.
 * <p>
 * Usernames are throttled whether or not an account exists, so that the responses tell nobody which
 * accounts exist. A successful sign-in clears its username, never its address: one valid account must
 * not reset the count of an address that is guessing other accounts' passwords.
 */
public class LoginThrottle {

    /** The thresholds for one kind of key. */
    public record Policy(int freeFailures, int blockAfter, Duration blockFor) {
    }

    private record State(int failures, Instant lastFailure, Instant blockedUntil) {
    }

    /** Above this many tracked keys, expired ones are swept so that random usernames cannot fill memory. */
    private static final int SWEEP_ABOVE = 10_000;
    private static final Duration MAX_DELAY = Duration.ofMinutes(1);

    private final Clock clock;
    private final Policy perUsername;
    private final Policy perAddress;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, Policy perUsername, Policy perAddress) {
        this.clock = clock;
        this.perUsername = perUsername;
        this.perAddress = perAddress;
    }

    /** How long the caller must wait before this attempt is even checked; empty when it may go ahead. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration wait = longer(waitFor("user:" + username, perUsername, now), waitFor("addr:" + address, perAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /**
     * Counts a failed attempt against both keys.
     *
     * @return when the username is blocked until, if this failure blocked it
     */
    public Optional<Instant> failed(String username, String address) {
        Instant now = clock.instant();
        fail("addr:" + address, perAddress, now);
        State user = fail("user:" + username, perUsername, now);
        if (states.size() > SWEEP_ABOVE) {
            states.entrySet().removeIf(e -> expired(e.getValue(), now, e.getKey().startsWith("user:") ? perUsername : perAddress));
        }
        return Optional.ofNullable(user.blockedUntil());
    }

    /** A correct password: the username starts afresh. */
    public void succeeded(String username) {
        states.remove("user:" + username);
    }

    /** The number of failures counted for this username now (for the account's status). */
    public int failures(String username) {
        State state = states.get("user:" + username);
        return state == null || expired(state, clock.instant(), perUsername) ? 0 : state.failures();
    }

    private State fail(String key, Policy policy, Instant now) {
        return states.compute(key, (k, old) -> {
            int failures = old == null || expired(old, now, policy) ? 1 : old.failures() + 1;
            Instant blockedUntil = failures >= policy.blockAfter() ? now.plus(policy.blockFor()) : null;
            return new State(failures, now, blockedUntil);
        });
    }

    private Duration waitFor(String key, Policy policy, Instant now) {
        State state = states.get(key);
        if (state == null || expired(state, now, policy)) {
            return Duration.ZERO;
        }
        if (state.blockedUntil() != null) {
            return positive(Duration.between(now, state.blockedUntil()));
        }
        int extra = state.failures() - policy.freeFailures();
        if (extra <= 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(extra - 1, 6));
        delay = delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
        return positive(Duration.between(now, state.lastFailure().plus(delay)));
    }

    private static boolean expired(State state, Instant now, Policy policy) {
        Instant until = state.blockedUntil() != null ? state.blockedUntil() : state.lastFailure().plus(policy.blockFor());
        return !now.isBefore(until);
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
