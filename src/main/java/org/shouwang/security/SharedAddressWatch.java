package org.shouwang.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notices when many different accounts sign in from one address. Behind a reverse proxy with the
 * default {@code SHOUWANG_FORWARD_HEADERS=none} every client has the proxy's address, so one guesser
 * slows down and blocks everybody's sign-in (the per-address throttle); the log then says what to set.
 * A compound behind one network can look alike, hence a warning and not a change of behaviour.
 */
class SharedAddressWatch {

    private static final Logger log = LoggerFactory.getLogger(SharedAddressWatch.class);
    private static final Duration WINDOW = Duration.ofHours(1);
    /** Above this many tracked addresses, old ones are dropped so that memory stays bounded. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final int distinctAccounts;
    /** Per address: when each account last signed in from it. */
    private final Map<String, Map<String, Instant>> signIns = new ConcurrentHashMap<>();
    /** Per address: when it was last warned about (once a day at most). */
    private final Map<String, Instant> warned = new ConcurrentHashMap<>();

    SharedAddressWatch(Clock clock, int distinctAccounts) {
        this.clock = clock;
        this.distinctAccounts = distinctAccounts;
    }

    /**
     * Records a successful sign-in.
     *
     * @return whether this one made the address look shared, and the log warned about it
     */
    boolean signedIn(String username, String address) {
        Instant now = clock.instant();
        if (signIns.size() > SWEEP_ABOVE) {
            signIns.values().forEach(users -> users.values().removeIf(at -> at.isBefore(now.minus(WINDOW))));
            signIns.values().removeIf(Map::isEmpty);
        }
        Map<String, Instant> users = signIns.computeIfAbsent(address, a -> new ConcurrentHashMap<>());
        users.put(username, now);
        users.values().removeIf(at -> at.isBefore(now.minus(WINDOW)));
        if (users.size() < distinctAccounts) {
            return false;
        }
        Instant last = warned.get(address);
        if (last != null && last.isAfter(now.minus(Duration.ofDays(1)))) {
            return false;
        }
        warned.put(address, now);
        log.warn("{} different accounts signed in from the address {} within an hour. If Shouwang runs behind a "
                + "reverse proxy, set SHOUWANG_FORWARD_HEADERS=native (server.forward-headers-strategy) so that it "
                + "sees each client's own address: otherwise all clients share the proxy's address, and one person "
                + "guessing passwords slows down and blocks everybody's sign-in.", users.size(), address);
        return true;
    }
}
