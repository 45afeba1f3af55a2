package org.shouwang.security;

import org.shouwang.base.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * The remembered devices, as Spring Security's persistent remember-me keeps them, but hashed: Spring's
 * own {@link JdbcTokenRepositoryImpl} stores each cookie's token in plain text, so whoever reads a copy
 * of the database (a backup, a dump handed to support) could sign in as every volunteer with a
 * remembered phone for a month. Here only the SHA-256 of the token is stored, as for the calendar links.
 * The series is stored as it is: without the token it signs nobody in.
 * <p>
 * A phone that comes back after its session ended may send two requests at once with the same cookie
 * (the page and a push reconnect, say). The first replaces the token; the second then presents the
 * token just replaced, which Spring would take for a stolen cookie, signing the owner out everywhere.
 * So the replaced token is still accepted for {@link #PREVIOUS_TOKEN_GRACE} (without being replaced
 * again); later it is theft.
 */
@Component
@Transactional
public class RememberedLogins implements PersistentTokenRepository {

    /** How long the token a rotation replaced is still accepted. */
    static final Duration PREVIOUS_TOKEN_GRACE = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(RememberedLogins.class);

    private final RememberedLoginRepository logins;
    private final Clock clock;
    private final Duration validity;

    RememberedLogins(RememberedLoginRepository logins, Clock clock,
                     @Value("${shouwang.remember-me.validity:30d}") Duration validity) {
        this.logins = logins;
        this.clock = clock;
        this.validity = validity;
    }

    /** What became of a cookie's series and token. */
    sealed interface Use {
        /** The token was the current one and is now replaced by the new one: send the new cookie. */
        record Rotated(String username) implements Use {
        }

        /** The token was replaced moments ago by a request of the same device: keep its cookie. */
        record JustReplaced(String username) implements Use {
        }

        /** No such series, or the device stayed away longer than the validity. */
        record Refused() implements Use {
        }

        /** An older token of a live series: the cookie was copied. The account's devices are forgotten. */
        record Stolen(String username) implements Use {
        }
    }

    /**
     * Uses a remembered device: replaces its token when the presented one is current. The replacement
     * is one conditional update, so of two requests with the same token only one replaces it.
     */
    Use use(String series, String presentedToken, String newToken) {
        Instant now = clock.instant();
        String presented = Secrets.hash(presentedToken);
        if (logins.rotate(series, presented, Secrets.hash(newToken), now, now.minus(validity)) == 1) {
            return logins.findById(series).<Use>map(login -> new Use.Rotated(login.getUsername()))
                    .orElseGet(Use.Refused::new);
        }
        Optional<RememberedLogin> found = logins.findById(series);
        if (found.isEmpty() || !found.get().getLastUsed().isAfter(now.minus(validity))) {
            return new Use.Refused();
        }
        RememberedLogin login = found.get();
        if (presented.equals(login.getPreviousTokenHash())
                && login.getLastUsed().isAfter(now.minus(PREVIOUS_TOKEN_GRACE))) {
            return new Use.JustReplaced(login.getUsername());
        }
        int forgotten = logins.deleteByUsername(login.getUsername());
        log.warn("A replaced remember-me token of {} came back: cookie theft assumed, {} remembered devices forgotten",
                login.getUsername(), forgotten);
        return new Use.Stolen(login.getUsername());
    }

    @Override
    public void createNewToken(PersistentRememberMeToken token) {
        Instant now = clock.instant();
        // Devices that stayed away longer than the validity are refused anyway; their rows go now.
        logins.deleteUnusedSince(token.getUsername(), now.minus(validity));
        logins.save(new RememberedLogin(token.getSeries(), token.getUsername(), Secrets.hash(token.getTokenValue()), now));
        log.info("Device remembered for {}", token.getUsername());
    }

    /** Spring's rotation; {@link HashedRememberMeServices} rotates with {@link #use} instead. */
    @Override
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        logins.findById(series).ifPresent(login -> login.rotate(Secrets.hash(tokenValue), clock.instant()));
    }

    /** The series with its token's hash as the token value (the token itself is not kept). */
    @Override
    @Transactional(readOnly = true)
    public PersistentRememberMeToken getTokenForSeries(String series) {
        return logins.findById(series)
                .map(login -> new PersistentRememberMeToken(login.getUsername(), login.getSeries(),
                        login.getTokenHash(), Date.from(login.getLastUsed())))
                .orElse(null);
    }

    @Override
    public void removeUserTokens(String username) {
        forgetAll(username);
    }

    /** Forgets one device of the account (signing out on it). */
    void forget(String series, String username) {
        logins.findById(series).filter(login -> login.getUsername().equals(username)).ifPresent(logins::delete);
    }

    /** Forgets every device of the account: a password reset or change, or "sign out everywhere". */
    int forgetAll(String username) {
        return logins.deleteByUsername(username);
    }

    /** How many devices the account has remembered. */
    @Transactional(readOnly = true)
    long count(String username) {
        return logins.countByUsername(username);
    }
}
