package org.shouwang.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down and then blocks password guessing without letting anyone lock anyone else out:
 * <ul>
 * <li>per account <em>and</em> address: after {@code freeFailures} wrong passwords each further attempt
 * waits twice as long as the one before (up to a minute); after {@code blockAfter} that address may not
 * try that account for {@code blockFor}. The same account from another address is not affected, so a
 * stranger's guessing cannot keep its owner out.</li>
 * <li>per account, from all addresses together: a far higher number of free failures, then the same
 * growing wait, but never a block: guessing from many addresses is slowed to one attempt a minute.</li>
 * <li>per address, over all accounts (credential stuffing: many accounts, one address): as per
 * account and address, with more room, since a whole compound may share one network.</li>
 * </ul>
 * Failures older than {@code blockFor} are forgotten. Usernames are throttled whether or not an account
 * exists, so the answers tell nobody which accounts exist. A correct password clears its account (and
 * that account's count from that address), never the address: one valid account must not reset the
 * count of an address that is guessing other accounts' passwords.
 */
public class LoginThrottle {

    /** The thresholds for one kind of key; {@link #slowOnly} never blocks. */
    public record Policy(int freeFailures, int blockAfter, Duration blockFor) {

        public static Policy slowOnly(int freeFailures, Duration forgetAfter) {
            return new Policy(freeFailures, Integer.MAX_VALUE, forgetAfter);
        }
    }

    private record State(int failures, Instant lastFailure, Instant blockedUntil) {
    }

    /** Above this many tracked keys, expired ones are swept so that random usernames cannot fill memory. */
    private static final int SWEEP_ABOVE = 10_000;
    private static final Duration MAX_DELAY = Duration.ofMinutes(1);
    /** Between username and address in a key: a normalized username holds no control character. */
    private static final char SEPARATOR = '\u0000';

    private final Clock clock;
    private final Policy perPair;
    private final Policy perUsername;
    private final Policy perAddress;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, Policy perPair, Policy perUsername, Policy perAddress) {
        this.clock = clock;
        this.perPair = perPair;
        this.perUsername = perUsername;
        this.perAddress = perAddress;
    }

    /** How long the caller must wait before this attempt is even checked; empty when it may go ahead. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration wait = longer(waitFor(pair(username, address), perPair, now),
                longer(waitFor(user(username), perUsername, now), waitFor(addr(address), perAddress, now)));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed attempt against the account from this address, the account, and the address. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        fail(pair(username, address), perPair, now);
        fail(user(username), perUsername, now);
        fail(addr(address), perAddress, now);
        if (states.size() > SWEEP_ABOVE) {
            states.entrySet().removeIf(e -> expired(e.getValue(), now, policyOf(e.getKey())));
        }
    }

    /** A correct password from this address: the account starts afresh there and everywhere. */
    public void succeeded(String username, String address) {
        states.remove(pair(username, address));
        states.remove(user(username));
    }

    /** A new password set by the account's manager: every count against the account is dropped. */
    public void reset(String username) {
        states.remove(user(username));
        String prefix = "pair:" + username + SEPARATOR;
        states.keySet().removeIf(key -> key.startsWith(prefix));
    }

    /** The number of failures counted for this username now, from all addresses (for the account's status). */
    public int failures(String username) {
        State state = states.get(user(username));
        return state == null || expired(state, clock.instant(), perUsername) ? 0 : state.failures();
    }

    private static String pair(String username, String address) {
        return "pair:" + username + SEPARATOR + address;
    }

    private static String user(String username) {
        return "user:" + username;
    }

    private static String addr(String address) {
        return "addr:" + address;
    }

    private Policy policyOf(String key) {
        return key.startsWith("pair:") ? perPair : key.startsWith("user:") ? perUsername : perAddress;
    }

    private void fail(String key, Policy policy, Instant now) {
        states.compute(key, (k, old) -> {
            int failures = old == null || expired(old, now, policy) ? 1 : old.failures() + 1;
            Instant blockedUntil = failures >= policy.blockAfter() ? now.plus(policy.blockFor()) : null;
            return new State(failures, now, blockedUntil);
        });
    }

    /**
     * After {@code freeFailures} failures the next attempt waits a second, each further one twice as
     * long as the last, up to a minute; a blocked key waits until its block ends.
     */
    private Duration waitFor(String key, Policy policy, Instant now) {
        State state = states.get(key);
        if (state == null || expired(state, now, policy)) {
            return Duration.ZERO;
        }
        if (state.blockedUntil() != null) {
            return positive(Duration.between(now, state.blockedUntil()));
        }
        int extra = state.failures() - policy.freeFailures();
        if (extra < 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(extra, 6));
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
